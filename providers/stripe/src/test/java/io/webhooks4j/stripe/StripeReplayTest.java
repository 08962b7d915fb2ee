package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stripe signs {@code "<t>.<body>"} and the event id is inside the body, so the de-duplication key cannot be
 * changed by a replay (issue #15.2): a captured delivery re-sent, with any unsigned header changed, is the same
 * event id; a different id needs a different body, which needs Stripe's signature.
 */
class StripeReplayTest {
    private final List<String> ran = new ArrayList<>();
    private final StripeProvider provider = Fixtures.provider();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(provider)
            .on(StripeEvents.INVOICE_PAID, e -> ran.add(e.id()))
            .build();

    @Test
    void theKeyIsTheEventIdReadFromTheSignedBody() {
        WebhookRequest request = Fixtures.signed("invoice.paid.json");
        var verification = provider.verify(request);

        assertThat(provider.deduplicationKey(provider.parse(request, verification), request, verification))
                .isEqualTo("evt_1QwU6f2eZvKYlo2C5InVpA1d");
    }

    @Test
    void changingTheEventIdBreaksTheSignature() {
        WebhookRequest captured = Fixtures.signed("invoice.paid.json");
        webhooks.handle("stripe", captured);
        String body = captured.body().utf8().replace("evt_1QwU6f2eZvKYlo2C5InVpA1d", "evt_1QwU6f2eZvKYlo2C5InVpA1e");

        WebhookResponse response = webhooks.handle(
                "stripe", captured.toBuilder().body(RawBody.ofUtf8(body)).build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(ran).hasSize(1);
    }

    @Test
    void twoDifferentEventsBothRun() {
        String other = Fixtures.body("invoice.paid.json")
                .utf8()
                .replace("evt_1QwU6f2eZvKYlo2C5InVpA1d", "evt_1QwU6f2eZvKYlo2C5InVpA1e");

        webhooks.handle("stripe", Fixtures.signed("invoice.paid.json"));
        webhooks.handle("stripe", Fixtures.signed(RawBody.ofUtf8(other)));

        assertThat(ran).containsExactly("evt_1QwU6f2eZvKYlo2C5InVpA1d", "evt_1QwU6f2eZvKYlo2C5InVpA1e");
    }
}
