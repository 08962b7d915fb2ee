package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #19's third proof: a handler that keeps failing ends dead after the policy's maximum attempts (the handler
 * told attempts 1 to max, the last error kept); {@code retry} brings it back; once the cause is gone it completes,
 * once. A healthy delivery beside it is not held up.
 */
class PostgresInboxDeadTest {
    private static final String TABLE = "wh4j_proof_dead";
    private static final int MAX_ATTEMPTS = 4;

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.require(PostgresInboxDeadTest.class);
    }

    @Test
    void permanentlyFailingHandlerEndsDeadThenRetryRunsItAgainAndItCompletesOnceTheCauseIsGone() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        HmacTestProvider provider = new HmacTestProvider();
        AtomicBoolean paymentServiceDown = new AtomicBoolean(true);
        Map<String, Queue<Integer>> attempts = new ConcurrentHashMap<>();
        Map<String, Queue<Integer>> successes = new ConcurrentHashMap<>();
        Queue<DeliveryOutcome> outcomes = new ConcurrentLinkedQueue<>();
        try (ProofDatabase db = new ProofDatabase(TABLE);
                LogCapture logs = LogCapture.silent()) {
            JdbcInbox inbox = db.inbox(db.pool());
            long start = System.nanoTime();
            try (Webhooks webhooks = Webhooks.builder()
                    .provider(provider)
                    .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {
                        String id = event.deliveryId();
                        attempts.computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>())
                                .add(delivery.attempt());
                        if (id.startsWith("doomed") && paymentServiceDown.get()) {
                            throw new IllegalStateException(
                                    "payment service refused the order (attempt " + delivery.attempt() + ")");
                        }
                        successes
                                .computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>())
                                .add(delivery.attempt());
                    })
                    .observer(new WebhookObserver() {
                        @Override
                        public void onOutcome(DeliveryOutcome outcome) {
                            if (outcome.status() == 0) { // what the workers did, not the answers at the door
                                outcomes.add(outcome);
                            }
                        }
                    })
                    .inbox(inbox)
                    .inboxOptions(InboxOptions.DEFAULT
                            .withWorkers(2)
                            .withPollInterval(Duration.ofMillis(20))
                            .withRetry(
                                    new RetryPolicy(Duration.ofMillis(10), 2.0, Duration.ofMillis(50), MAX_ATTEMPTS, 0))
                            .withRetention(Duration.ZERO))
                    .build()) {
                WebhookResponse doomedAnswer = webhooks.handle(HmacTestProvider.ID, provider.signed("doomed-1"));
                WebhookResponse healthyAnswer = webhooks.handle(HmacTestProvider.ID, provider.signed("healthy-1"));
                assertThat(doomedAnswer.status()).isEqualTo(200);
                assertThat(doomedAnswer.outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
                assertThat(healthyAnswer.outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
                long id = db.rows().get("doomed-1").id();

                // Attempts 1..max, then dead with the last error kept.
                awaitState(db, inbox, id, InboxState.DEAD);
                awaitOutcomes(outcomes, "doomed-1", MAX_ATTEMPTS); // reported (and logged) just after the row changed
                InboxDelivery dead = inbox.find(id).orElseThrow();
                assertThat(List.copyOf(attempts.get("doomed-1"))).containsExactly(1, 2, 3, 4);
                assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
                assertThat(dead.lastError())
                        .isEqualTo("java.lang.IllegalStateException: payment service refused the order (attempt 4)");
                assertThat(dead.completedAt()).isNotNull();
                assertThat(dead.nextAttemptAt()).isNull();
                assertThat(dead.leaseOwner()).isNull();
                assertThat(successes).containsOnlyKeys("healthy-1");
                assertThat(kinds(outcomes, "doomed-1"))
                        .containsExactly(
                                DeliveryOutcome.Kind.RETRYING,
                                DeliveryOutcome.Kind.RETRYING,
                                DeliveryOutcome.Kind.RETRYING,
                                DeliveryOutcome.Kind.DEAD);
                assertThat(logs.at(Level.WARNING, "failed its last attempt (4 of 4) and is now dead"))
                        .hasSize(1);
                long deadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

                // Retried while the cause is still there: attempts start again at 1, and it is dead again.
                assertThat(inbox.retry(id, Instant.now())).isTrue();
                awaitState(db, inbox, id, InboxState.DEAD);
                awaitOutcomes(outcomes, "doomed-1", 2 * MAX_ATTEMPTS);
                assertThat(List.copyOf(attempts.get("doomed-1"))).containsExactly(1, 2, 3, 4, 1, 2, 3, 4);
                assertThat(inbox.find(id).orElseThrow().attempts()).isEqualTo(MAX_ATTEMPTS);

                // The cause is gone: retried, it completes, on its first attempt since the retry.
                paymentServiceDown.set(false);
                assertThat(inbox.retry(id, Instant.now())).isTrue();
                awaitState(db, inbox, id, InboxState.DONE);
                InboxDelivery done = inbox.find(id).orElseThrow();
                assertThat(done.attempts()).isEqualTo(1);
                assertThat(done.completedAt()).isNotNull();
                assertThat(List.copyOf(successes.get("doomed-1"))).containsExactly(1);
                assertThat(List.copyOf(successes.get("healthy-1"))).containsExactly(1);
                assertThat(kinds(outcomes, "doomed-1"))
                        .endsWith(DeliveryOutcome.Kind.DEAD, DeliveryOutcome.Kind.HANDLED);
                assertThat(db.counts())
                        .containsEntry(InboxState.DONE, 2L)
                        .containsEntry(InboxState.DEAD, 0L)
                        .containsEntry(InboxState.PENDING, 0L)
                        .containsEntry(InboxState.CLAIMED, 0L);
                System.out.printf(
                        "Inbox dead-and-retry proof: dead after %d attempts in %d ms, retried twice, done in %d ms"
                                + " in all%n",
                        MAX_ATTEMPTS, deadMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            // The workers are stopped: what ran, ran; nothing more ran after it was done.
            assertThat(List.copyOf(successes.get("doomed-1"))).containsExactly(1);
            assertThat(attempts.get("doomed-1")).hasSize(2 * MAX_ATTEMPTS + 1);
        }
    }

    private static void awaitState(ProofDatabase db, JdbcInbox inbox, long id, InboxState state) throws Exception {
        ProofDatabase.awaitTrue(
                "delivery " + id + " " + state.code(),
                Duration.ofSeconds(30),
                () -> inbox.find(id).orElseThrow().state() == state,
                () -> String.valueOf(inbox.find(id).orElseThrow()));
    }

    private static void awaitOutcomes(Queue<DeliveryOutcome> outcomes, String deliveryId, int count) throws Exception {
        ProofDatabase.awaitTrue(
                count + " outcomes of " + deliveryId,
                Duration.ofSeconds(30),
                () -> kinds(outcomes, deliveryId).size() >= count,
                () -> String.valueOf(kinds(outcomes, deliveryId)));
    }

    private static List<DeliveryOutcome.Kind> kinds(Queue<DeliveryOutcome> outcomes, String deliveryId) {
        return outcomes.stream()
                .filter(o -> deliveryId.equals(o.deliveryId()))
                .map(DeliveryOutcome::kind)
                .toList();
    }
}
