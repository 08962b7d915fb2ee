package io.webhooks4j.sample.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.stripe.StripeProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #18: a Spring Boot 4 application using the starter runs on Jackson 3 alone. The build bans Jackson 2
 * (the enforcer's {@code no-jackson-2} rule); this checks the running application's class path, and that an event's
 * raw tree is Boot's own Jackson type, so the application's {@code JsonMapper} binds it.
 */
@SpringBootTest
class JacksonGenerationTests {
    @Autowired
    JsonMapper bootMapper;

    @Test
    void jackson2IsNotOnTheClassPath() {
        assertThatExceptionOfType(ClassNotFoundException.class)
                .isThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
        assertThatExceptionOfType(ClassNotFoundException.class)
                .isThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonFactory"));
    }

    record Invoice(
            @JsonProperty("id") String id,
            @JsonProperty("amount_paid") long amountPaid) {}

    @Test
    void bootsOwnMapperBindsAnEventsRawTree() {
        StripeProvider stripe = StripeProvider.create("whsec_" + "c2FtcGxlLXNlY3JldC1mb3ItamFja3Nvbi10ZXN0");
        WebhookRequest request = stripe.sign(WebhookRequest.post(
                "https://hooks.example.com/webhooks/stripe",
                Headers.builder().add("Content-Type", "application/json").build(),
                RawBody.ofUtf8("""
                        {"id": "evt_jackson_3", "object": "event", "api_version": "2025-10-29.clover",
                         "created": 1764244800, "livemode": false, "pending_webhooks": 1, "type": "invoice.paid",
                         "data": {"object": {"id": "in_jackson_3", "object": "invoice", "amount_paid": 2500}}}
                        """)));
        StripeEvent<?> event = stripe.parse(request, stripe.verify(request));

        Invoice invoice = bootMapper.treeToValue(event.raw().path("data").path("object"), Invoice.class);

        assertThat(invoice).isEqualTo(new Invoice("in_jackson_3", 2500));
    }
}
