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
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(tools.jackson.core.JacksonException.class));
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

    record Priced(
            @JsonProperty("amount") long amount,
            @JsonProperty("zeta") String zeta,
            @JsonProperty("alpha") String alpha) {}

    @Test
    void jackson3DefaultsThatWouldHurtAnAuthenticDeliveryAreTurnedOff() {
        // Jackson 3 fails on null for a primitive by default: a provider's "amount": null must not refuse the delivery
        Priced priced =
                WebhookJson.read(RawBody.ofUtf8("{\"amount\":null,\"zeta\":\"z\",\"alpha\":\"a\"}"), Priced.class);
        assertThat(priced.amount()).isZero();
        // Jackson 3 sorts properties alphabetically by default: records render in declaration order
        assertThat(WebhookJson.write(priced)).isEqualTo("{\"amount\":0,\"zeta\":\"z\",\"alpha\":\"a\"}");
        // trees keep the decimal as sent
        assertThat(WebhookJson.readTree(RawBody.ofUtf8("{\"p\":388.00}"))
                        .get("p")
                        .decimalValue())
                .isEqualTo(new BigDecimal("388.00"));
    }

    @Test
    void readAtBindsANestedMemberWithoutReadingTheRestAndAnswersNullWhenAbsent() {
        RawBody body = RawBody.ofUtf8(
                "{\"skip\":{\"deep\":[1,{\"id\":\"no\"}]},\"data\":{\"other\":1,\"object\":{\"id\":\"t_2\",\"amount\":5}}}");
        Thing thing = WebhookJson.readAt(body, Thing.class, "data", "object");
        assertThat(thing.id()).isEqualTo("t_2");
        assertThat(thing.amount()).isEqualTo(5L);
        assertThat(WebhookJson.readAt(body, Thing.class, "data", "missing")).isNull();
        assertThat(WebhookJson.readAt(RawBody.ofUtf8("{\"data\":null}"), Thing.class, "data", "object"))
                .isNull();
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> WebhookJson.readAt(RawBody.ofUtf8("{\"data\":[1]}"), Thing.class, "data", "object"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    @Test
    void aBufferedValueBindsOnceItsTypeIsKnownAndTrailingValuesAreRefused() {
        RawBody body = RawBody.ofUtf8("{\"data\":{\"id\":\"t_3\",\"price\":1.50},\"type\":\"thing\"}");
        try (tools.jackson.core.JsonParser p = WebhookJson.parser(body)) {
            assertThat(p.nextToken()).isEqualTo(tools.jackson.core.JsonToken.START_OBJECT);
            assertThat(p.nextName()).isEqualTo("data");
            p.nextToken();
            tools.jackson.databind.util.TokenBuffer data = WebhookJson.buffer(p);
            assertThat(p.nextName()).isEqualTo("type");
            p.nextToken();
            assertThat(WebhookJson.bind(p, String.class)).isEqualTo("thing");
            assertThat(p.nextToken()).isEqualTo(tools.jackson.core.JsonToken.END_OBJECT);
            WebhookJson.requireEnd(p);
            Thing thing = WebhookJson.bind(data, WebhookJson.typeFactory().constructType(Thing.class));
            assertThat(thing.id()).isEqualTo("t_3");
            assertThat(thing.price()).isEqualTo(new BigDecimal("1.50"));
        }
        try (tools.jackson.core.JsonParser p = WebhookJson.parser(RawBody.ofUtf8("{} {}"))) {
            p.nextToken();
            p.nextToken();
            assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> WebhookJson.requireEnd(p));
        }
    }

    public record Checked(
            @JsonProperty("count") Integer count,
            @JsonProperty("at") Instant at) {
        public Checked {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
        }
    }

    @Test
    void recordsAreBuiltThroughTheirConstructorAndItsRefusalIsAParseFailure() {
        Checked ok =
                WebhookJson.read(RawBody.ofUtf8("{\"count\":3,\"at\":\"2026-11-27T10:15:30+01:00\"}"), Checked.class);
        assertThat(ok).isEqualTo(new Checked(3, Instant.parse("2026-11-27T09:15:30Z")));
        assertThat(WebhookJson.read(RawBody.ofUtf8("{\"at\":\"2026-11-27T10:15:30.5Z\"}"), Checked.class)
                        .at())
                .isEqualTo(Instant.parse("2026-11-27T10:15:30.500Z"));
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> WebhookJson.read(RawBody.ofUtf8("{\"count\":-1}"), Checked.class))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY))
                .withMessageContaining("count must not be negative");
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> WebhookJson.read(RawBody.ofUtf8("{\"at\":\"2026-02-30T10:15:30Z\"}"), Checked.class));
    }

    @Test
    void aHugeExponentIsRefusedEvenWhereTheBindingSkipsIt() {
        // raw() would refuse the tree of this body: so must the one-pass read, or a handler calling raw() fails
        for (String body : new String[] {
            "{\"id\":\"t\",\"unmodelled\":1e999999999}", "{\"id\":\"t\",\"deep\":{\"list\":[1,{\"n\":-2E-999999999}]}}"
        }) {
            assertThatExceptionOfType(WebhookParseException.class)
                    .as(body)
                    .isThrownBy(() -> WebhookJson.read(RawBody.ofUtf8(body), Thing.class))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
            assertThatExceptionOfType(WebhookParseException.class)
                    .isThrownBy(() -> WebhookJson.readTree(RawBody.ofUtf8(body)));
        }
        assertThat(WebhookJson.read(RawBody.ofUtf8("{\"id\":\"t\",\"fine\":1.5e10}"), Thing.class)
                        .id())
                .isEqualTo("t");
    }
}
