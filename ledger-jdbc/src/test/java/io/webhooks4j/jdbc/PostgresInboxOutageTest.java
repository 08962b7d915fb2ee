package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #19's fourth proof: the database goes away. A {@link TcpProxy} (plain sockets) stands between each
 * instance's connection pool and PostgreSQL and fails like a network: open connections reset, new ones refused. The
 * test looks at the table through a connection of its own, which the outage does not touch.
 */
class PostgresInboxOutageTest {
    private static final int SENDERS = 4;

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.require(PostgresInboxOutageTest.class);
    }

    /** A store-only receiver (no workers): what is acknowledged is what the table holds. */
    private static Webhooks receiver(JdbcInbox inbox) {
        return Webhooks.builder()
                .provider(new HmacTestProvider())
                .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {})
                .inbox(inbox)
                .inboxOptions(InboxOptions.DEFAULT.withWorkers(0))
                .build();
    }

    private static TestPool proxiedPool(ProofDatabase db, TcpProxy proxy) {
        return db.pool(() -> ProofDatabase.openVia(proxy.host(), proxy.port()));
    }

    private static TcpProxy proxy() throws java.io.IOException {
        return new TcpProxy(ProofDatabase.host(), ProofDatabase.port());
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + "-" + i).toList();
    }

    /** Sends every delivery once, from {@value #SENDERS} threads; the answers by delivery id. */
    private static Map<String, WebhookResponse> send(Webhooks webhooks, List<String> ids) throws Exception {
        HmacTestProvider provider = new HmacTestProvider();
        Map<String, WebhookResponse> answers = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String id : ids) {
                done.add(senders.submit(
                        () -> answers.put(id, webhooks.handle(HmacTestProvider.ID, provider.signed(id)))));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdown();
        }
        return answers;
    }

    private static Set<String> withOutcome(Map<String, WebhookResponse> answers, DeliveryOutcome.Kind kind) {
        return answers.entrySet().stream()
                .filter(e -> e.getValue().outcome() == kind)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertAllStored(Map<String, WebhookResponse> answers) {
        assertThat(answers.values()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
        });
    }

    private static void assertInboxUnavailable(WebhookResponse r) {
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.outcome()).isEqualTo(DeliveryOutcome.Kind.REJECTED);
        assertThat(r.reason()).contains(Reason.INBOX_UNAVAILABLE);
        assertThat(r.bodyAsString()).contains("\"inbox_unavailable\"");
    }

    @Test
    void databaseDownAtIngestAnswers503AndTheInboxHoldsExactlyWhatWasAnswered2xx() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        try (ProofDatabase db = new ProofDatabase("wh4j_proof_ingest_down");
                TcpProxy proxy = proxy();
                LogCapture logs = LogCapture.silent()) {
            Webhooks webhooks = receiver(db.inbox(proxiedPool(db, proxy)));
            List<String> before = ids("before", 100);
            List<String> during = ids("during", 100);
            List<String> after = ids("after", 100);

            Map<String, WebhookResponse> up = send(webhooks, before);
            assertAllStored(up);

            proxy.goDown();
            long start = System.nanoTime();
            Map<String, WebhookResponse> down = send(webhooks, during);
            long downMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(down).hasSize(during.size());
            assertThat(down.values()).allSatisfy(PostgresInboxOutageTest::assertInboxUnavailable);
            assertThat(down.values()).allSatisfy(r -> assertThat(r.headers()).containsKey("Retry-After"));
            assertThat(new TreeSet<>(db.deliveryIds(InboxState.PENDING)))
                    .as("while the database is down, the inbox holds what was acknowledged before")
                    .isEqualTo(new TreeSet<>(before));

            proxy.comeBack();
            Map<String, WebhookResponse> back = send(webhooks, after);
            assertAllStored(back);

            Set<String> acknowledged = new TreeSet<>(before);
            acknowledged.addAll(after);
            assertThat(db.rows().keySet())
                    .as("the inbox holds exactly the deliveries answered 2xx")
                    .containsExactlyInAnyOrderElementsOf(acknowledged);

            // The provider retries what was answered 503: each is stored now (it was not before), once.
            Map<String, WebhookResponse> retried = send(webhooks, during);
            assertAllStored(retried);
            assertThat(send(webhooks, List.of(before.get(0))).get(before.get(0)).outcome())
                    .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
            assertThat(db.rows()).hasSize(before.size() + during.size() + after.size());
            assertThat(logs.atLeast(Level.WARNING)).isNotEmpty(); // the 503s are logged (once a minute)
            System.out.printf(
                    "Inbox ingest-outage proof: %d deliveries answered 503 inbox_unavailable in %d ms while the"
                            + " database was unreachable (%d connections refused); %d answered 2xx, all stored%n",
                    during.size(), downMillis, proxy.refused(), acknowledged.size());
        }
    }

    @Test
    void databaseCutWhileDeliveriesArriveAcknowledgesNothingThatWasNotStored() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        try (ProofDatabase db = new ProofDatabase("wh4j_proof_ingest_cut");
                TcpProxy proxy = proxy();
                LogCapture logs = LogCapture.silent()) {
            Webhooks webhooks = receiver(db.inbox(proxiedPool(db, proxy)));
            HmacTestProvider provider = new HmacTestProvider();
            Map<String, WebhookResponse> answers = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            List<Future<?>> loops = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                loops.add(senders.submit(() -> {
                    while (sending.get()) {
                        String id = "cut-" + next.getAndIncrement();
                        answers.put(id, webhooks.handle(HmacTestProvider.ID, provider.signed(id)));
                    }
                    return null;
                }));
            }
            try {
                ProofDatabase.awaitTrue(
                        "200 deliveries stored before the cut",
                        Duration.ofSeconds(60),
                        () -> withOutcome(answers, DeliveryOutcome.Kind.STORED).size() >= 200,
                        () -> answers.size() + " answered");
                proxy.goDown(); // mid-stream: requests in flight lose their connections
                ProofDatabase.awaitTrue(
                        "100 deliveries refused during the outage",
                        Duration.ofSeconds(60),
                        () -> withOutcome(answers, DeliveryOutcome.Kind.REJECTED)
                                        .size()
                                >= 100,
                        () -> answers.size() + " answered");
                proxy.comeBack();
                int storedAtComeback =
                        withOutcome(answers, DeliveryOutcome.Kind.STORED).size();
                ProofDatabase.awaitTrue(
                        "200 more deliveries stored after the outage",
                        Duration.ofSeconds(60),
                        () -> withOutcome(answers, DeliveryOutcome.Kind.STORED).size() >= storedAtComeback + 200,
                        () -> answers.size() + " answered");
            } finally {
                sending.set(false);
                for (Future<?> loop : loops) {
                    loop.get(60, TimeUnit.SECONDS);
                }
                senders.shutdown();
            }

            Set<String> acknowledged = withOutcome(answers, DeliveryOutcome.Kind.STORED);
            Set<String> refused = withOutcome(answers, DeliveryOutcome.Kind.REJECTED);
            assertThat(acknowledged.size() + refused.size())
                    .as("every answer is 200 stored or 503")
                    .isEqualTo(answers.size());
            refused.forEach(id -> assertInboxUnavailable(answers.get(id)));
            Set<String> stored = new TreeSet<>(db.rows().keySet());
            assertThat(stored).as("every delivery answered 2xx is stored").containsAll(acknowledged);
            assertThat(answers.keySet()).as("nothing stored that was not sent").containsAll(stored);
            Set<String> storedButRefused = new TreeSet<>(stored);
            storedButRefused.removeAll(acknowledged);

            // The provider retries each 503: stored now, or a duplicate of the row whose commit the cut hid.
            Map<String, WebhookResponse> retried = send(webhooks, List.copyOf(refused));
            assertThat(withOutcome(retried, DeliveryOutcome.Kind.DUPLICATE)).isEqualTo(storedButRefused);
            Set<String> nowStored = new HashSet<>(refused);
            nowStored.removeAll(storedButRefused);
            assertThat(withOutcome(retried, DeliveryOutcome.Kind.STORED)).isEqualTo(nowStored);
            assertThat(db.rows().keySet()).containsExactlyInAnyOrderElementsOf(answers.keySet());
            System.out.printf(
                    "Inbox cut-at-ingest proof: %d deliveries sent, %d answered 2xx (all stored), %d answered 503"
                            + " (%d of them stored after all: the commit's answer was lost, the retry was a"
                            + " duplicate)%n",
                    answers.size(), acknowledged.size(), refused.size(), storedButRefused.size());
        }
    }

    @Test
    void databaseDownWhileWorkersRunKeepsTheBacklogWorkersBackOffAndProcessEachOnceWhenItReturns() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        int n = 300;
        Duration firstRetryIn = Duration.ofSeconds(3);
        try (ProofDatabase db = new ProofDatabase("wh4j_proof_workers_down");
                TcpProxy proxy = proxy();
                LogCapture logs = LogCapture.silent()) {
            // Every delivery's first attempt fails (a dependency that is not ready), so at the cut the whole
            // backlog is stored, pending its retry, and no handler is running.
            Map<String, Queue<Integer>> attempts = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
            List<String> ids = ids("backlog", n);
            try (Webhooks receiver = receiver(db.inbox(db.pool()))) {
                assertAllStored(send(receiver, ids));
            }
            try (Webhooks workers = Webhooks.builder()
                    .provider(new HmacTestProvider())
                    .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {
                        attempts.computeIfAbsent(event.deliveryId(), k -> new ConcurrentLinkedQueue<>())
                                .add(delivery.attempt());
                        if (delivery.attempt() == 1) {
                            throw new IllegalStateException("the ledger service is not ready yet");
                        }
                        successes
                                .computeIfAbsent(event.deliveryId(), k -> new AtomicInteger())
                                .incrementAndGet();
                    })
                    .inbox(db.inbox(proxiedPool(db, proxy)))
                    .inboxOptions(InboxOptions.DEFAULT
                            .withWorkers(4)
                            .withPollInterval(Duration.ofMillis(20))
                            .withLease(Duration.ofSeconds(30))
                            .withRetry(new RetryPolicy(firstRetryIn, 2.0, Duration.ofSeconds(10), 5, 0))
                            .withRetention(Duration.ZERO))
                    .build()) {
                ProofDatabase.awaitTrue(
                        "every first attempt failed and recorded",
                        Duration.ofSeconds(60),
                        () -> db.rows().values().stream()
                                .allMatch(r -> r.state() == InboxState.PENDING && r.attempts() == 1),
                        () -> countsOf(db));
                proxy.goDown();
                Instant cut = Instant.now();
                Map<String, ProofDatabase.Row> atCut = db.rows();
                assertThat(atCut.values())
                        .as("at the cut every delivery is pending its retry, none claimed or run twice")
                        .allMatch(r -> r.state() == InboxState.PENDING && r.attempts() == 1);
                assertThat(attempts.values()).allMatch(q -> q.size() == 1);
                long lastDue = atCut.values().stream()
                        .mapToLong(ProofDatabase.Row::nextAttemptAt)
                        .max()
                        .orElseThrow();

                // Down past the time every retry is due (and at least two seconds): the workers keep trying.
                long refusedAtCut = proxy.refused();
                ProofDatabase.awaitTrue(
                        "the retries to fall due while the database is down",
                        Duration.ofSeconds(30),
                        () -> System.currentTimeMillis() > lastDue + 200
                                && Duration.between(cut, Instant.now()).toMillis() >= 2000
                                && proxy.refused() - refusedAtCut >= 8,
                        () -> (proxy.refused() - refusedAtCut) + " connections refused");
                long outageMillis = Duration.between(cut, Instant.now()).toMillis();
                long tries = proxy.refused() - refusedAtCut;
                assertThat(db.rows().values())
                        .as("the backlog is still stored, untouched")
                        .hasSize(n)
                        .allMatch(r -> r.state() == InboxState.PENDING && r.attempts() == 1);
                assertThat(tries)
                        .as(
                                "connection attempts in %d ms: workers back off (4 workers polling every 20 ms would"
                                        + " try %d times)",
                                outageMillis, 4 * outageMillis / 20)
                        .isLessThan(4 * outageMillis / 20 / 5);
                assertThat(logs.at(Level.WARNING, "Inbox workers could not claim due deliveries"))
                        .as("the workers log the outage (once a minute)")
                        .hasSize(1);

                proxy.comeBack();
                Instant back = Instant.now();
                ProofDatabase.awaitTrue(
                        "the backlog to be processed after the database came back",
                        Duration.ofSeconds(60),
                        () -> db.count(InboxState.DONE) == n,
                        () -> countsOf(db));
                long recoveryMillis = Duration.between(back, Instant.now()).toMillis();
                assertThat(successes).containsOnlyKeys(ids);
                assertThat(successes.values()).allMatch(c -> c.get() == 1, "each handled once");
                assertThat(attempts.values().stream().map(List::copyOf))
                        .allMatch(seen -> seen.equals(List.of(1, 2)), "attempt 1 failed, attempt 2 succeeded");
                assertThat(db.rows().values()).allMatch(r -> r.state() == InboxState.DONE && r.attempts() == 2);
                System.out.printf(
                        "Inbox workers-outage proof: %d deliveries pending their retry when the database went away"
                                + " for %d ms; the workers tried %d connections in that time and logged it; all %d"
                                + " done, each once, %d ms after it came back%n",
                        n, outageMillis, tries, n, recoveryMillis);
            }
        }
    }

    /**
     * The database goes away for about a second, well within the lease, while handlers are running: a handler that
     * finishes during the outage cannot have its result recorded then. The backlog survives and is processed when
     * the database returns, and (what the brief asks) no handler succeeds twice: the worker that ran it still holds
     * its lease when the database returns, so nothing but the recording of its result stands in the way.
     */
    @Test
    void databaseDownWhileHandlersRunLosesNothingAndRunsNoneTwice() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        int n = 600;
        Duration lease = Duration.ofSeconds(6);
        try (ProofDatabase db = new ProofDatabase("wh4j_proof_handlers_down");
                TcpProxy proxy = proxy();
                LogCapture logs = LogCapture.silent()) {
            Map<String, Queue<Integer>> successes = new ConcurrentHashMap<>();
            AtomicLong handled = new AtomicLong();
            List<String> ids = ids("inflight", n);
            try (Webhooks receiver = receiver(db.inbox(db.pool()))) {
                assertAllStored(send(receiver, ids));
            }
            try (Webhooks workers = Webhooks.builder()
                    .provider(new HmacTestProvider())
                    .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {
                        Thread.sleep(5); // a handler's work
                        successes
                                .computeIfAbsent(event.deliveryId(), k -> new ConcurrentLinkedQueue<>())
                                .add(delivery.attempt());
                        handled.incrementAndGet();
                    })
                    .inbox(db.inbox(proxiedPool(db, proxy)))
                    .inboxOptions(InboxOptions.DEFAULT
                            .withWorkers(4)
                            .withPollInterval(Duration.ofMillis(20))
                            .withLease(lease)
                            .withRetention(Duration.ZERO))
                    .build()) {
                ProofDatabase.awaitTrue(
                        "a third of the backlog handled",
                        Duration.ofSeconds(60),
                        () -> handled.get() >= n / 3,
                        () -> handled + " handled");
                proxy.goDown();
                Instant cut = Instant.now();
                long handledAtCut = handled.get();
                ProofDatabase.awaitTrue(
                        "a second of outage in which the workers failed to connect eight times",
                        Duration.ofSeconds(30),
                        () -> proxy.refused() >= 8
                                && Duration.between(cut, Instant.now()).toMillis() >= 1000,
                        () -> proxy.refused() + " refused");
                long outageMillis = Duration.between(cut, Instant.now()).toMillis();
                assertThat(outageMillis)
                        .as("the outage is well within the lease")
                        .isLessThan(lease.toMillis() / 2);
                proxy.comeBack();
                Instant back = Instant.now();
                ProofDatabase.awaitTrue(
                        "every delivery done after the database came back",
                        Duration.ofSeconds(60),
                        () -> db.count(InboxState.DONE) == n,
                        () -> countsOf(db));
                long recoveryMillis = Duration.between(back, Instant.now()).toMillis();
                assertThat(successes).containsOnlyKeys(ids);
                List<String> twice = successes.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + " attempts " + e.getValue())
                        .sorted()
                        .toList();
                List<String> unrecorded =
                        logs.at(Level.WARNING, "Could not record the result of inbox delivery").stream()
                                .map(LogCapture.Entry::message)
                                .toList();
                System.out.printf(
                        "Inbox handlers-outage proof: %d deliveries, %d handled when the database went away for %d"
                                + " ms (lease %d s), all done %d ms after it came back; %d handled twice %s; %d"
                                + " results not recorded%n",
                        n,
                        handledAtCut,
                        outageMillis,
                        lease.toSeconds(),
                        recoveryMillis,
                        twice.size(),
                        twice,
                        unrecorded.size());
                assertThat(twice)
                        .as(
                                "deliveries whose handler succeeded twice (results the outage kept from being"
                                        + " recorded: %s)",
                                unrecorded)
                        .isEmpty();
            }
        }
    }

    private static String countsOf(ProofDatabase db) {
        try {
            return "counts " + db.counts();
        } catch (java.sql.SQLException e) {
            return e.toString();
        }
    }
}
