package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #15.2: PagerDuty signs the body only; {@code X-Webhook-Id} is unsigned. A captured delivery re-sent under a
 * fresh id (or none) must not run its handlers again: the compatibility kit's
 * {@code aRedeliveryWithChangedUnsignedHeadersIsADuplicate} checks fresh and missing id headers, and the
 * same body signed with two keys of the keyring (two senders, each its own secret); these tests the rest.
 */
class PagerDutyReplayTest {
    private final List<String> titles = new ArrayList<>();

    private Webhooks webhooks(PagerDutyProvider provider) {
        return Webhooks.builder()
                .provider(provider)
                .on(PagerDutyEvents.INCIDENT_TRIGGERED, e -> titles.add(e.data().title()))
                .build();
    }

    private static WebhookResponse handle(Webhooks webhooks, WebhookRequest request) {
        WebhookResponse response = webhooks.handle("pagerduty", request);
        DocumentedOutcomes.assertDocumented(response, Fixtures.SECRET, Fixtures.OTHER_SECRET);
        return response;
    }

    @Test
    void twoDifferentLegitimateDeliveriesBothRun() {
        Webhooks webhooks = webhooks(PagerDutyProvider.create(Fixtures.SECRET));
        String body = Fixtures.body("incident.triggered").utf8();
        // another event on the same incident: its own event id
        String other = body.replaceFirst("\"id\": \"[0-9A-Z]+\"", "\"id\": \"01JDQ9ZZZZZZZZZZZZZZZZZZZZ\"");
        assertThat(other).isNotEqualTo(body);
        handle(webhooks, Fixtures.signed(RawBody.ofUtf8(body), "wh-1"));
        assertThat(handle(webhooks, Fixtures.signed(RawBody.ofUtf8(other), "wh-2"))
                        .outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(titles).hasSize(2);
    }

    @Test
    void theKeyIsDerivedFromTheSignedBodyAndTheMatchingKey() {
        PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET);
        WebhookRequest delivery = Fixtures.signed("incident.triggered");
        PagerDutyEvent<?> event = provider.parse(delivery, provider.verify(delivery));
        String key = provider.deduplicationKey(event, delivery, provider.verify(delivery));
        assertThat(key).startsWith("sc1:").hasSize(68);
        WebhookRequest other =
                delivery.toBuilder().setHeader("X-Webhook-Id", "x").build();
        assertThat(provider.deduplicationKey(
                        provider.parse(other, provider.verify(other)), other, provider.verify(other)))
                .isEqualTo(key);
        assertThat(event.deliveryId()).isEqualTo("wh-incident.triggered");
    }
}
