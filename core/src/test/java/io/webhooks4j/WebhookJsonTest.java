package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookJsonTest {
    enum Status {
        @JsonProperty("paid")
        PAID,
        @JsonEnumDefaultValue
        UNKNOWN
    }

    record Thing(
            @JsonProperty("id") String id,
            @JsonProperty("amount") Long amount,
            @JsonProperty("price") BigDecimal price,
            @JsonProperty("status") Status status,
            @JsonProperty("created") Instant created) {}

    @Test
    void ignoresUnknownFieldsToleratesNewEnumValuesAndReadsEpochSeconds() {
        Thing thing = WebhookJson.read(
                RawBody.ofUtf8(
                        "{\"id\":\"t_1\",\"amount\":2000,\"price\":\"19.99\",\"status\":\"brand_new\",\"created\":1700000000,\"extra\":{\"a\":1}}"),
                Thing.class);
        assertThat(thing.id()).isEqualTo("t_1");
        assertThat(thing.amount()).isEqualTo(2000L);
        assertThat(thing.price()).isEqualByComparingTo("19.99");
        assertThat(thing.status()).isEqualTo(Status.UNKNOWN);
        assertThat(thing.created()).isEqualTo(Instant.ofEpochSecond(1700000000L));
    }

    @Test
    void missingFieldsAreNullNotDefaults() {
        Thing thing = WebhookJson.read(RawBody.ofUtf8("{}"), Thing.class);
        assertThat(thing.amount()).isNull();
        assertThat(thing.status()).isNull();
    }

    @Test
    void malformedInputBecomesAParseExceptionKeepingJacksonsCause() {
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> WebhookJson.readTree(RawBody.ofUtf8("{\"a\": tru")))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY))
                .satisfies(e -> assertThat(e.getCause())
                        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> WebhookJson.read(RawBody.ofUtf8("{\"price\":\"abc\"}"), Thing.class));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> WebhookJson.readTree(RawBody.ofUtf8("{} {}")));
        assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> WebhookJson.readTree(RawBody.empty()));
    }

    @Test
    void noPolymorphicTypeHandlingFromPayloads() {
        record Holder(@JsonProperty("value") Object value) {}
        Holder holder =
                WebhookJson.read(RawBody.ofUtf8("{\"value\":[\"java.net.URL\",\"http://example.com\"]}"), Holder.class);
        assertThat(holder.value()).isInstanceOf(java.util.List.class);
    }
}
