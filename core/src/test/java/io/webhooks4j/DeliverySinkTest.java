package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.DeliverySink;
import io.webhooks4j.inbox.InMemoryInbox;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.inbox.NewDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inbox mode with a {@link DeliverySink} (a broker): handed over before 2xx, run by its consumer. */
class DeliverySinkTest {
    final InboxModeTest.MovableClock clock = new InboxModeTest.MovableClock();
    final TestProvider provider = new TestProvider(Keyring.of(InboxModeTest.SECRET), clock);
    final List<NewDelivery> stored = Collections.synchronizedList(new ArrayList<>());
    final List<Duration> timeouts = Collections.synchronizedList(new ArrayList<>());
    final List<DeliveryOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    final DeliverySink sink = (delivery, timeout) -> {
        stored.add(delivery);
        timeouts.add(timeout);
        return new Inbox.StoreResult(stored.size() - 1, false);
    };

    WebhookRequest signed(String type, String deliveryId, String json) {
        return provider.sign(
                WebhooksPipelineTest.delivery(type, deliveryId, json).build());
    }

    Webhooks.Builder pipeline(DeliverySink sink) {
        return Webhooks.builder().provider(provider).clock(clock).sink(sink).observer(new WebhookObserver() {
            @Override
            public void onOutcome(DeliveryOutcome outcome) {
                outcomes.add(outcome);
            }
        });
    }

    @Test
    void aVerifiedDeliveryIsHandedToTheSinkWithinTheBudgetAndItsConsumerRunsTheHandlers() throws Exception {
        List<Integer> attempts = new ArrayList<>();
        try (Webhooks webhooks = pipeline(sink)
                .onDelivery(TestProvider.ORDER_PAID, (event, delivery) -> attempts.add(delivery.attempt()))
                .build()) {
            WebhookRequest request = signed("order.paid", "d-1", "{\"amount\":5,\"name\":\"Zoë 🎉\"}");

            WebhookResponse response = webhooks.handle("test", request);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
            assertThat(attempts)
                    .as("the handler runs only when the consumer asks")
                    .isEmpty();
            assertThat(webhooks.mode("test", "order.paid")).isEqualTo(DeliveryMode.INBOX);
            assertThat(stored).hasSize(1);
            NewDelivery delivery = stored.get(0);
            assertThat(delivery.body()).isEqualTo(request.body());
            assertThat(delivery.eventType()).isEqualTo("order.paid");
            assertThat(delivery.keyId())
                    .isEqualTo(Keyring.of(InboxModeTest.SECRET).primary().id());
            assertThat(timeouts.get(0)).isPositive().isLessThanOrEqualTo(provider.responseBudget());

            webhooks.runStored(delivery, 3);

            assertThat(attempts).containsExactly(3);
            assertThat(outcomes)
                    .extracting(DeliveryOutcome::kind)
                    .containsExactly(DeliveryOutcome.Kind.STORED, DeliveryOutcome.Kind.HANDLED);
        }
    }

    @Test
    void aSinkThatCannotTakeTheDeliveryGives503AndAnInvalidOneNeverReachesIt() {
        DeliverySink down = (delivery, timeout) -> {
            throw new InboxUnavailableException("broker: no acknowledgement in " + timeout, null);
        };
        try (Webhooks webhooks =
                pipeline(down).on(TestProvider.ORDER_PAID, e -> {}).build()) {
            WebhookResponse response = webhooks.handle("test", signed("order.paid", "d-2", "{}"));
            assertThat(response.status()).isEqualTo(503);
        }
        try (Webhooks webhooks =
                pipeline(sink).on(TestProvider.ORDER_PAID, e -> {}).build()) {
            WebhookRequest forged = WebhookRequest.post(
                    "https://example.test/webhooks/test",
                    signed("order.paid", "d-3", "{}").headers(),
                    RawBody.ofUtf8("{\"forged\":true}"));
            assertThat(webhooks.handle("test", forged).status()).isEqualTo(401);
            assertThat(stored).isEmpty();
        }
    }

    @Test
    void aFailingHandlerThrowsToTheConsumerWhichReportsTheFailure() {
        try (Webhooks webhooks = pipeline(sink)
                .on(TestProvider.ORDER_PAID, e -> {
                    throw new IllegalStateException("downstream is down");
                })
                .build()) {
            webhooks.handle("test", signed("order.paid", "d-4", "{}"));
            NewDelivery delivery = stored.get(0);

            assertThatThrownBy(() -> webhooks.runStored(delivery, 1)).hasMessage("downstream is down");
            webhooks.reportStoredFailure(delivery, true, new IllegalStateException("downstream is down"));

            assertThat(outcomes)
                    .extracting(DeliveryOutcome::kind)
                    .containsExactly(DeliveryOutcome.Kind.STORED, DeliveryOutcome.Kind.DEAD);
        }
    }

    @Test
    void anInboxAndASinkTogetherAreRefused() {
        assertThatIllegalStateException()
                .isThrownBy(() -> pipeline(sink).inbox(InMemoryInbox.create()).build())
                .withMessageContaining("Both an inbox and a delivery sink");
    }
}
