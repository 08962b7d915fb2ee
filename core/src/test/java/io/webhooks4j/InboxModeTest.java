package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.InMemoryInbox;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.inbox.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Inbox mode through {@link Webhooks} with the in-memory inbox: store, acknowledge, work, retry, dead. */
class InboxModeTest {
    static final String SECRET = "inbox_secret_0123456789";

    /** A clock the test moves forward (retries fall due). */
    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final MovableClock clock = new MovableClock();
    final TestProvider provider = new TestProvider(Keyring.of(SECRET), clock);
    final InMemoryInbox inbox = InMemoryInbox.create();
    final List<DeliveryOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    WebhookRequest signed(String type, String deliveryId, String json) {
        return provider.sign(
                WebhooksPipelineTest.delivery(type, deliveryId, json).build());
    }

    Webhooks.Builder pipeline(InboxOptions options) {
        return Webhooks.builder()
                .provider(provider)
                .clock(clock)
                .inbox(inbox)
                .inboxOptions(options)
                .observer(new WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        outcomes.add(outcome);
                    }
                });
    }

    static final InboxOptions NO_WORKERS = InboxOptions.DEFAULT.withWorkers(0);

    @Test
    void aDeliveryIsStoredAndAcknowledgedBeforeItsHandlerRunsThenAWorkerRunsIt() {
        List<String> seen = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        try (Webhooks webhooks = pipeline(NO_WORKERS)
                .onDelivery(TestProvider.ORDER_PAID, (event, delivery) -> {
                    seen.add(event.deliveryId());
                    deliveries.add(delivery);
                })
                .build()) {
            WebhookRequest request = signed("order.paid", "d-1", "{\"amount\":5,\"name\":\"Zoë 🎉\"}");

            WebhookResponse response = webhooks.handle("test", request);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
            assertThat(seen).isEmpty();
            InboxDelivery stored = inbox.list(InboxQuery.all()).get(0);
            assertThat(stored.state()).isEqualTo(InboxState.PENDING);
            assertThat(stored.body()).isEqualTo(request.body());
            assertThat(stored.eventType()).isEqualTo("order.paid");
            assertThat(stored.keyId()).isEqualTo(Keyring.of(SECRET).primary().id());

            assertThat(webhooks.processInbox()).isEqualTo(1);

            assertThat(seen).containsExactly("d-1");
            assertThat(deliveries.get(0).attempt()).isEqualTo(1);
            assertThat(inbox.find(stored.id()).orElseThrow().state()).isEqualTo(InboxState.DONE);
            assertThat(outcomes)
                    .extracting(DeliveryOutcome::kind)
                    .containsExactly(DeliveryOutcome.Kind.STORED, DeliveryOutcome.Kind.HANDLED);
        }
    }

    @Test
    void aRepeatOfAStoredDeliveryIsAcknowledgedAndStoredOnce() {
        AtomicInteger runs = new AtomicInteger();
        try (Webhooks webhooks = pipeline(NO_WORKERS)
                .on(TestProvider.ORDER_PAID, event -> runs.incrementAndGet())
                .build()) {
            WebhookRequest request = signed("order.paid", "d-2", "{}");
            assertThat(webhooks.handle("test", request).outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
            assertThat(webhooks.handle("test", request).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
            webhooks.processInbox();
            assertThat(webhooks.handle("test", request).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
            webhooks.processInbox();
            assertThat(runs).hasValue(1);
            assertThat(inbox.counts()).containsEntry(InboxState.DONE, 1L);
        }
    }

    @Test
    void aFailingHandlerIsRetriedWithBackoffThenDeadThenRetriedByTheOperator() {
        List<Integer> attempts = new ArrayList<>();
        AtomicInteger failUntil = new AtomicInteger(Integer.MAX_VALUE);
        RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(1), 3, 0.0);
        try (Webhooks webhooks = pipeline(NO_WORKERS.withRetry(retry))
                .onDelivery(TestProvider.ORDER_PAID, (event, delivery) -> {
                    attempts.add(delivery.attempt());
                    if (delivery.attempt() <= failUntil.get()) {
                        throw new IllegalStateException("downstream is down");
                    }
                })
                .build()) {
            webhooks.handle("test", signed("order.paid", "d-3", "{}"));
            long id = inbox.list(InboxQuery.all()).get(0).id();

            assertThat(webhooks.processInbox()).isEqualTo(1);
            InboxDelivery afterFirst = inbox.find(id).orElseThrow();
            assertThat(afterFirst.state()).isEqualTo(InboxState.PENDING);
            assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.now.plusSeconds(10));
            assertThat(afterFirst.lastError()).contains("IllegalStateException: downstream is down");
            assertThat(webhooks.processInbox()).as("not due before its backoff").isZero();

            clock.advance(Duration.ofSeconds(10));
            assertThat(webhooks.processInbox()).isEqualTo(1);
            assertThat(inbox.find(id).orElseThrow().nextAttemptAt()).isEqualTo(clock.now.plusSeconds(20));
            clock.advance(Duration.ofSeconds(20));
            assertThat(webhooks.processInbox()).isEqualTo(1);

            assertThat(inbox.find(id).orElseThrow().state()).isEqualTo(InboxState.DEAD);
            assertThat(attempts).containsExactly(1, 2, 3);
            assertThat(outcomes)
                    .extracting(DeliveryOutcome::kind)
                    .containsExactly(
                            DeliveryOutcome.Kind.STORED,
                            DeliveryOutcome.Kind.RETRYING,
                            DeliveryOutcome.Kind.RETRYING,
                            DeliveryOutcome.Kind.DEAD);

            failUntil.set(0); // the cause is gone
            assertThat(inbox.retryDead(clock.instant())).isEqualTo(1);
            assertThat(webhooks.processInbox()).isEqualTo(1);
            assertThat(inbox.find(id).orElseThrow().state()).isEqualTo(InboxState.DONE);
            assertThat(attempts).containsExactly(1, 2, 3, 1);
        }
    }

    @Test
    void whenTheInboxCannotStoreTheDeliveryIsNotAcknowledged() {
        Inbox down = new DelegatingInbox(inbox) {
            @Override
            public StoreResult store(NewDelivery delivery) {
                throw new InboxUnavailableException("store: connection refused", new java.sql.SQLException("down"));
            }
        };
        try (Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .clock(clock)
                .inbox(down)
                .inboxOptions(NO_WORKERS)
                .on(TestProvider.ORDER_PAID, event -> {})
                .build()) {
            WebhookResponse response = webhooks.handle("test", signed("order.paid", "d-4", "{}"));
            assertThat(response.status()).isEqualTo(503);
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("inbox_unavailable");
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("connection refused");
        }
    }

    @Test
    void aResultTheInboxCannotRecordYetIsRetriedUnderTheLeaseAndTheHandlerRunsOnce() {
        AtomicInteger refusals = new AtomicInteger(5);
        AtomicInteger renewals = new AtomicInteger();
        Inbox flaky = new DelegatingInbox(inbox) {
            @Override
            public boolean complete(long id, String owner, Instant now) {
                if (refusals.getAndDecrement() > 0) {
                    throw new InboxUnavailableException("complete: connection reset", new java.sql.SQLException("x"));
                }
                return super.complete(id, owner, now);
            }

            @Override
            public boolean renew(long id, String owner, Instant leaseUntil) {
                renewals.incrementAndGet();
                return super.renew(id, owner, leaseUntil);
            }
        };
        AtomicInteger runs = new AtomicInteger();
        try (Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .clock(clock)
                .inbox(flaky)
                // the shortest lease (3 s) is renewed every second while the result waits (1.55 s of backoff)
                .inboxOptions(NO_WORKERS.withLease(Duration.ofSeconds(3)))
                .on(TestProvider.ORDER_PAID, event -> runs.incrementAndGet())
                .build()) {
            assertThat(webhooks.handle("test", signed("order.paid", "d-flaky", "{}"))
                            .status())
                    .isEqualTo(200);

            assertThat(webhooks.processInbox()).isEqualTo(1);

            assertThat(runs).hasValue(1);
            assertThat(refusals.get()).isNegative();
            assertThat(renewals.get()).isPositive();
            assertThat(inbox.counts()).containsEntry(InboxState.DONE, 1L).containsEntry(InboxState.PENDING, 0L);
            assertThat(webhooks.processInbox()).isZero();
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void replyingHandlersRunInlineAndModesChooseByProviderAndType() {
        List<String> inline = new ArrayList<>();
        try (Webhooks webhooks = pipeline(NO_WORKERS)
                .onReply(TestProvider.INCOMING_CALL, event -> {
                    inline.add(event.type());
                    return WebhookReply.xml("<Response><Say>hi</Say></Response>");
                })
                .on(TestProvider.ORDER_CREATED, event -> inline.add(event.type()))
                .on(TestProvider.ORDER_PAID, event -> inline.add(event.type()))
                .mode(TestProvider.ORDER_CREATED, DeliveryMode.INLINE)
                .build()) {
            WebhookResponse call = webhooks.handle("test", signed("call.incoming", "c-1", "{}"));
            assertThat(call.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
            assertThat(new String(call.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<Say>hi</Say>");
            assertThat(webhooks.handle("test", signed("order.created", "c-2", "{}"))
                            .outcome())
                    .isEqualTo(DeliveryOutcome.Kind.HANDLED);
            assertThat(webhooks.handle("test", signed("order.paid", "c-3", "{}"))
                            .outcome())
                    .isEqualTo(DeliveryOutcome.Kind.STORED);
            assertThat(inline).containsExactly("call.incoming", "order.created");
            assertThat(webhooks.mode("test", "call.incoming")).isEqualTo(DeliveryMode.INLINE);
            assertThat(webhooks.mode("test", "order.paid")).isEqualTo(DeliveryMode.INBOX);
        }
        try (Webhooks inlineByDefault = pipeline(NO_WORKERS)
                .defaultMode(DeliveryMode.INLINE)
                .mode(TestProvider.ORDER_PAID, DeliveryMode.INBOX)
                .build()) {
            assertThat(inlineByDefault.mode("test", "order.created")).isEqualTo(DeliveryMode.INLINE);
            assertThat(inlineByDefault.mode("test", "order.paid")).isEqualTo(DeliveryMode.INBOX);
        }
    }

    @Test
    void inconsistentModesAreRefusedAtBuild() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Webhooks.builder()
                        .provider(provider)
                        .mode("test", DeliveryMode.INBOX)
                        .build())
                .withMessageContaining("no inbox is configured");
        assertThatIllegalStateException()
                .isThrownBy(() -> pipeline(NO_WORKERS)
                        .onReply(TestProvider.INCOMING_CALL, event -> WebhookReply.ok())
                        .mode(TestProvider.INCOMING_CALL, DeliveryMode.INBOX)
                        .build())
                .withMessageContaining("must run inline");
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        pipeline(NO_WORKERS).mode("stripe", DeliveryMode.INLINE).build())
                .withMessageContaining("not registered");
    }

    @Test
    void workerThreadsProcessEveryStoredDeliveryOnceAndStopOnClose() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        RetryPolicy quick = new RetryPolicy(Duration.ofMillis(1), 1.0, Duration.ofMillis(1), 10, 0.0);
        Clock system = Clock.systemUTC();
        TestProvider live = new TestProvider(Keyring.of(SECRET), system);
        Webhooks webhooks = Webhooks.builder()
                .provider(live)
                .inbox(inbox)
                .inboxOptions(InboxOptions.DEFAULT
                        .withWorkers(3)
                        .withPollInterval(Duration.ofMillis(20))
                        .withRetry(quick))
                .on(TestProvider.ORDER_PAID, event -> {
                    // every third delivery fails its first attempt
                    if (Integer.parseInt(event.deliveryId().substring(2)) % 3 == 0
                            && runs.computeIfAbsent("failed:" + event.deliveryId(), k -> new AtomicInteger())
                                            .getAndIncrement()
                                    == 0) {
                        failures.incrementAndGet();
                        throw new IllegalStateException("transient");
                    }
                    runs.computeIfAbsent(event.deliveryId(), k -> new AtomicInteger())
                            .incrementAndGet();
                })
                .build();
        try {
            for (int i = 0; i < 200; i++) {
                WebhookRequest request =
                        live.sign(WebhooksPipelineTest.delivery("order.paid", "w-" + i, "{\"i\":" + i + "}")
                                .build());
                assertThat(webhooks.handle("test", request).status()).isEqualTo(200);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (inbox.counts().get(InboxState.DONE) < 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(inbox.counts()).containsEntry(InboxState.DONE, 200L);
            for (int i = 0; i < 200; i++) {
                assertThat(runs.get("w-" + i)).as("w-" + i).hasValue(1);
            }
            assertThat(failures).hasValue(67);
        } finally {
            webhooks.close();
        }
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("webhooks4j-inbox-") && t.isAlive());
    }

    @Test
    void aSlowInlineHandlerIsLoggedNamingTheInbox() {
        List<String> warnings = new ArrayList<>();
        Logger jul = Logger.getLogger(Webhooks.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.addHandler(capture);
        TestProvider quickBudget = new TestProvider(Keyring.of(SECRET), clock) {
            @Override
            public Duration responseBudget() {
                return Duration.ofMillis(40);
            }
        };
        try (Webhooks webhooks = Webhooks.builder()
                .provider(quickBudget)
                .on(TestProvider.ORDER_PAID, event -> Thread.sleep(30))
                .build()) {
            assertThat(webhooks.handle(
                                    "test",
                                    quickBudget.sign(WebhooksPipelineTest.delivery("order.paid", "s-1", "{}")
                                            .build()))
                            .status())
                    .isEqualTo(200);
            assertThat(webhooks.handle(
                                    "test",
                                    quickBudget.sign(WebhooksPipelineTest.delivery("order.paid", "s-2", "{}")
                                            .build()))
                            .status())
                    .isEqualTo(200);
        } finally {
            jul.removeHandler(capture);
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .contains("more than half")
                .contains("Inbox mode")
                .contains("test");
    }

    /** An inbox that forwards everything (tests override what fails). */
    static class DelegatingInbox implements Inbox {
        private final Inbox d;

        DelegatingInbox(Inbox d) {
            this.d = d;
        }

        @Override
        public StoreResult store(NewDelivery delivery) {
            return d.store(delivery);
        }

        @Override
        public List<InboxDelivery> claim(String owner, int max, Instant now, Duration lease) {
            return d.claim(owner, max, now, lease);
        }

        @Override
        public boolean renew(long id, String owner, Instant leaseUntil) {
            return d.renew(id, owner, leaseUntil);
        }

        @Override
        public boolean complete(long id, String owner, Instant now) {
            return d.complete(id, owner, now);
        }

        @Override
        public boolean fail(long id, String owner, String error, Instant retryAt, Instant now) {
            return d.fail(id, owner, error, retryAt, now);
        }

        @Override
        public boolean kill(long id, String owner, String error, Instant now) {
            return d.kill(id, owner, error, now);
        }

        @Override
        public java.util.Optional<InboxDelivery> find(long id) {
            return d.find(id);
        }

        @Override
        public List<InboxDelivery> list(InboxQuery query) {
            return d.list(query);
        }

        @Override
        public boolean retry(long id, Instant now) {
            return d.retry(id, now);
        }

        @Override
        public int retryDead(Instant now) {
            return d.retryDead(now);
        }

        @Override
        public int replay(Instant since, Instant now) {
            return d.replay(since, now);
        }

        @Override
        public int purge(InboxState state, Instant before) {
            return d.purge(state, before);
        }

        @Override
        public Map<InboxState, Long> counts() {
            return d.counts();
        }

        @Override
        public java.util.Optional<Instant> oldestDue(Instant now) {
            return d.oldestDue(now);
        }

        @Override
        public boolean isDurable() {
            return d.isDurable();
        }
    }
}
