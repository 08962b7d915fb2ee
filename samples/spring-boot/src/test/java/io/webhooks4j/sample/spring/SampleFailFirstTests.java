package io.webhooks4j.sample.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code SAMPLE_FAIL_FIRST=1}: the first attempt fails on purpose, the inbox retries, the second succeeds. */
@SpringBootTest(properties = {"sample.fail-first=1", "webhooks.inbox.initial-backoff=100ms"})
class SampleFailFirstTests {
    @Autowired
    Webhooks webhooks;

    @Autowired
    Inbox inbox;

    @Autowired
    Received received;

    @Test
    void aDeliveryFailsItsFirstAttemptAndIsHandledOnTheRetry() throws Exception {
        WebhookRequest request = webhooks.provider("stripe")
                .orElseThrow()
                .sign(WebhookRequest.post(
                        "http://127.0.0.1/webhooks/stripe",
                        Headers.builder()
                                .add("Content-Type", "application/json")
                                .build(),
                        RawBody.ofUtf8("""
                        {"id": "evt_fail_first", "object": "event", "api_version": "2025-10-29.clover",
                         "created": 1764244800, "livemode": false, "pending_webhooks": 1, "type": "invoice.paid",
                         "data": {"object": {"id": "in_fail_first", "object": "invoice", "amount_paid": 700}}}
                        """)));

        assertThat(webhooks.handle("stripe", request).outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        InboxDelivery stored = inbox.list(InboxQuery.all()).get(0);
        while (stored.state() != InboxState.DONE && System.nanoTime() < deadline) {
            Thread.sleep(20);
            stored = inbox.find(stored.id()).orElseThrow();
        }
        assertThat(stored.state()).isEqualTo(InboxState.DONE);
        assertThat(stored.attempts()).isEqualTo(2);
        assertThat(stored.lastError()).contains("SAMPLE_FAIL_FIRST=1");
        assertThat(received.lines()).containsExactly("stripe invoice.paid in_fail_first amount_paid=700");
    }
}
