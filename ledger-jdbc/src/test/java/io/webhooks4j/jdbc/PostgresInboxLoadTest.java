package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #19's first proof, on the real PostgreSQL: 10,000 deliveries through two {@link Webhooks} instances (each
 * with its own connection pool and {@link JdbcInbox}, on one table: two application instances), four workers each,
 * handlers failing transiently 20% of the time. Every delivery ends done, and each ran its handler successfully
 * exactly once.
 */
class PostgresInboxLoadTest {
    private static final String TABLE = "wh4j_proof_load";
    private static final int DELIVERIES = 10_000;
    private static final int SENDERS = 8;
    private static final int WORKERS = 4;
    private static final RetryPolicy QUICK_RETRY =
            new RetryPolicy(Duration.ofMillis(5), 2.0, Duration.ofMillis(40), 12, 0.2);

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.require(PostgresInboxLoadTest.class);
    }

    /**
     * Whether attempt {@code attempt} at delivery {@code id} fails: fixed per delivery and attempt (a hash), true
     * for 20% of them, so the test knows beforehand how many attempts each delivery takes.
     */
    static boolean failsTransiently(String id, int attempt) {
        int h = id.hashCode() * 0x9E3779B9 + attempt * 0x85EBCA6B;
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return Math.floorMod(h, 100) < 20;
    }

    /** The attempt at which delivery {@code id} first succeeds. */
    static int firstSuccess(String id) {
        int attempt = 1;
        while (failsTransiently(id, attempt)) {
            attempt++;
        }
        return attempt;
    }

    @Test
    void tenThousandDeliveriesThroughTwoInstancesEndDoneAndEachHandlerSucceedsOncePerDelivery() throws Exception {
        PostgresTestDatabase.assumeAvailable();
        List<String> ids =
                IntStream.range(0, DELIVERIES).mapToObj(i -> "load-" + i).toList();
        Map<String, Integer> expectedAttempts = new HashMap<>();
        ids.forEach(id -> expectedAttempts.put(id, firstSuccess(id)));
        int expectedFailures =
                expectedAttempts.values().stream().mapToInt(k -> k - 1).sum();
        assertThat(expectedAttempts.values())
                .as("the failure rule leaves every delivery an attempt to succeed in")
                .allMatch(k -> k < QUICK_RETRY.maxAttempts());
        assertThat((double) expectedFailures / (DELIVERIES + expectedFailures))
                .as("share of failed attempts")
                .isBetween(0.18, 0.22);

        Map<String, Queue<Integer>> attemptsSeen = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        Map<String, String> handledBy = new ConcurrentHashMap<>();
        Map<String, String> storedBy = new ConcurrentHashMap<>();
        AtomicInteger failuresThrown = new AtomicInteger();
        HmacTestProvider provider = new HmacTestProvider();
        InboxOptions options = InboxOptions.DEFAULT
                .withWorkers(WORKERS)
                .withPollInterval(Duration.ofMillis(20))
                .withLease(Duration.ofSeconds(30))
                .withRetry(QUICK_RETRY)
                .withRetention(Duration.ZERO)
                .withShutdownGrace(Duration.ofSeconds(5));

        try (ProofDatabase db = new ProofDatabase(TABLE);
                LogCapture logs = LogCapture.start()) {
            Map<String, Webhooks> instances = new java.util.LinkedHashMap<>();
            for (String name : List.of("a", "b")) {
                instances.put(
                        name,
                        Webhooks.builder()
                                .provider(provider)
                                .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {
                                    String id = event.deliveryId();
                                    attemptsSeen
                                            .computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>())
                                            .add(delivery.attempt());
                                    if (failsTransiently(id, delivery.attempt())) {
                                        failuresThrown.incrementAndGet();
                                        throw new IllegalStateException(
                                                "transient failure of attempt " + delivery.attempt());
                                    }
                                    successes
                                            .computeIfAbsent(id, k -> new AtomicInteger())
                                            .incrementAndGet();
                                    handledBy.put(id, name);
                                })
                                .inbox(db.inbox(db.pool()))
                                .inboxOptions(options)
                                .build());
            }
            Webhooks a = instances.get("a");
            Webhooks b = instances.get("b");
            try {
                long start = System.nanoTime();
                ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
                List<Future<List<String>>> sent = new ArrayList<>();
                for (int s = 0; s < SENDERS; s++) {
                    int sender = s;
                    sent.add(senders.submit(() -> {
                        List<String> problems = new ArrayList<>();
                        for (int i = sender; i < DELIVERIES; i += SENDERS) {
                            String id = ids.get(i);
                            String name = i % 2 == 0 ? "a" : "b";
                            WebhookResponse r = instances.get(name).handle(HmacTestProvider.ID, provider.signed(id));
                            if (r.status() != 200 || r.outcome() != DeliveryOutcome.Kind.STORED) {
                                problems.add(id + ": " + r.status() + " " + r.outcome() + " " + r.bodyAsString());
                            } else {
                                storedBy.put(id, name);
                            }
                        }
                        return problems;
                    }));
                }
                List<String> problems = new ArrayList<>();
                for (Future<List<String>> f : sent) {
                    problems.addAll(f.get(120, TimeUnit.SECONDS));
                }
                long ingestNanos = System.nanoTime() - start;
                senders.shutdown();
                assertThat(problems).as("deliveries not answered 200 STORED").isEmpty();

                ProofDatabase.awaitTrue(
                        "all " + DELIVERIES + " deliveries done",
                        Duration.ofSeconds(150),
                        () -> db.count(InboxState.DONE) == DELIVERIES,
                        () -> {
                            try {
                                return "counts " + db.counts() + ", handled " + successes.size();
                            } catch (java.sql.SQLException e) {
                                return e.toString();
                            }
                        });
                long doneNanos = System.nanoTime() - start;
                a.close(); // the workers stop: what they report after recording a result is all in
                b.close();

                int attempts =
                        attemptsSeen.values().stream().mapToInt(Queue::size).sum();
                Map<String, Long> byInstance =
                        handledBy.values().stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
                long crossed = handledBy.entrySet().stream()
                        .filter(e -> !e.getValue().equals(storedBy.get(e.getKey())))
                        .count();
                System.out.printf(
                        "Inbox load proof: %d deliveries (2 instances x %d workers, %d senders, PostgreSQL):"
                                + " stored and answered in %d ms (%.0f/s); all done after %d ms (%.0f deliveries/s,"
                                + " %d handler attempts, %d failed on purpose); handled by a %d, b %d; %d handled by"
                                + " the instance that did not store them%n",
                        DELIVERIES,
                        WORKERS,
                        SENDERS,
                        TimeUnit.NANOSECONDS.toMillis(ingestNanos),
                        DELIVERIES / (ingestNanos / 1e9),
                        TimeUnit.NANOSECONDS.toMillis(doneNanos),
                        DELIVERIES / (doneNanos / 1e9),
                        attempts,
                        failuresThrown.get(),
                        byInstance.getOrDefault("a", 0L),
                        byInstance.getOrDefault("b", 0L),
                        crossed);

                assertThat(db.counts())
                        .containsEntry(InboxState.DONE, (long) DELIVERIES)
                        .containsEntry(InboxState.PENDING, 0L)
                        .containsEntry(InboxState.CLAIMED, 0L)
                        .containsEntry(InboxState.DEAD, 0L);
                assertThat(successes).as("deliveries handled").hasSize(DELIVERIES);
                assertThat(successes.entrySet().stream()
                                .filter(e -> e.getValue().get() != 1)
                                .map(e -> e.getKey() + " x" + e.getValue())
                                .toList())
                        .as("deliveries whose handler succeeded more than once")
                        .isEmpty();
                List<String> wrongAttempts = new ArrayList<>();
                Map<String, ProofDatabase.Row> rows = db.rows();
                for (String id : ids) {
                    List<Integer> expected = IntStream.rangeClosed(1, expectedAttempts.get(id))
                            .boxed()
                            .toList();
                    List<Integer> seen = List.copyOf(attemptsSeen.get(id));
                    if (!seen.equals(expected) || rows.get(id).attempts() != expected.size()) {
                        wrongAttempts.add(id + ": handler saw attempts " + seen + ", row counts "
                                + rows.get(id).attempts() + ", expected " + expected);
                    }
                }
                assertThat(wrongAttempts)
                        .as("each delivery is attempted once per claim, 1, 2, ... up to its first success")
                        .isEmpty();
                assertThat(failuresThrown).hasValue(expectedFailures);
                assertThat(logs.at(Level.INFO, "failed attempt")).hasSize(expectedFailures);
                assertThat(logs.atLeast(Level.WARNING))
                        .as("no lease lost, no result left unrecorded, nothing dead")
                        .isEmpty();
                assertThat(byInstance).as("both instances ran handlers").containsOnlyKeys("a", "b");
                assertThat(crossed)
                        .as("deliveries stored by one instance and handled by the other")
                        .isPositive();
            } finally {
                a.close();
                b.close();
            }
        }
    }
}
