package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.NewDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Inbox} must do, whatever keeps it: run against core's {@code InMemoryInbox} and against
 * {@link JdbcInbox} on H2, H2 in MySQL mode and PostgreSQL, so both engines obey one contract. Times are whole
 * milliseconds (the JDBC inbox stores milliseconds) and passed explicitly, as the workers pass them.
 */
abstract class AbstractInboxContractTest {
    static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(60);
    static final String PROVIDER = "test";
    static final String BODY_MARKER = "body-secret-4711";
    static final String HEADER_MARKER = "header-secret-0815";

    Inbox inbox;

    /** A new, empty inbox for one test. */
    abstract Inbox newInbox() throws Exception;

    /** Another client of the same store, as another application instance would have; the same one by default. */
    Inbox sameStore() {
        return inbox;
    }

    /** Whether this inbox says it is durable. */
    abstract boolean durable();

    /** How many deliveries the concurrent claimers share. */
    int concurrentDeliveries() {
        return 2000;
    }

    @BeforeEach
    void emptyInbox() throws Exception {
        inbox = newInbox();
    }

    static NewDelivery delivery(String key) {
        return delivery(PROVIDER, key, T0);
    }

    static NewDelivery delivery(String provider, String key, Instant receivedAt) {
        return new NewDelivery(
                provider,
                key,
                "order.paid",
                "evt_" + key,
                "https://hooks.example.test/webhooks/" + provider,
                Headers.builder()
                        .add("Content-Type", "application/json")
                        .add("X-Test-Signature", HEADER_MARKER)
                        .build(),
                RawBody.ofUtf8("{\"id\":\"" + key + "\",\"note\":\"" + BODY_MARKER + "\"}"),
                "primary",
                null,
                receivedAt);
    }

    long store(String key) {
        return store(delivery(key));
    }

    long store(NewDelivery d) {
        Inbox.StoreResult result = inbox.store(d);
        assertThat(result.duplicate()).as("duplicate of %s", d).isFalse();
        return result.id();
    }

    InboxDelivery find(long id) {
        return inbox.find(id).orElseThrow();
    }

    /** Claims exactly the one due delivery {@code id} for {@code owner} at {@code now}. */
    InboxDelivery claimOne(long id, String owner, Instant now) {
        List<InboxDelivery> claimed = inbox.claim(owner, 1, now, LEASE);
        assertThat(claimed).extracting(InboxDelivery::id).containsExactly(id);
        return claimed.get(0);
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    // ---- storing and de-duplicating

    @Test
    void saysWhetherItIsDurable() {
        assertThat(inbox.isDurable()).isEqualTo(durable());
    }

    @Test
    void storedDeliveryIsPendingAndDueAtItsReceivedTime() {
        NewDelivery d = delivery(PROVIDER, "evt_1", at(5));
        long id = store(d);

        InboxDelivery found = find(id);
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.provider()).isEqualTo(PROVIDER);
        assertThat(found.deduplicationKey()).isEqualTo("evt_1");
        assertThat(found.eventType()).isEqualTo("order.paid");
        assertThat(found.deliveryId()).isEqualTo("evt_evt_1");
        assertThat(found.url()).isEqualTo(d.url());
        assertThat(found.headers()).isEqualTo(d.headers());
        assertThat(found.body()).isEqualTo(d.body());
        assertThat(found.keyId()).isEqualTo("primary");
        assertThat(found.signedAt()).isNull();
        assertThat(found.receivedAt()).isEqualTo(at(5));
        assertThat(found.state()).isEqualTo(InboxState.PENDING);
        assertThat(found.attempts()).isZero();
        assertThat(found.nextAttemptAt()).isEqualTo(at(5));
        assertThat(found.lastError()).isNull();
        assertThat(found.leaseOwner()).isNull();
        assertThat(found.leaseUntil()).isNull();
        assertThat(found.completedAt()).isNull();
        assertThat(found.toString()).doesNotContain(BODY_MARKER).doesNotContain(HEADER_MARKER);
    }

    @Test
    void secondStoreOfAKeyIsADuplicateWithTheStoredIdAndChangesNothing() {
        long id = store("evt_1");
        NewDelivery again = new NewDelivery(
                PROVIDER,
                "evt_1",
                "order.refunded",
                "other",
                "https://elsewhere.test/",
                Headers.empty(),
                RawBody.ofUtf8("{}"),
                "secondary",
                at(1),
                at(30));

        Inbox.StoreResult result = inbox.store(again);
        assertThat(result).isEqualTo(new Inbox.StoreResult(id, true));
        InboxDelivery found = find(id);
        assertThat(found.eventType()).isEqualTo("order.paid");
        assertThat(found.body()).isEqualTo(delivery("evt_1").body());
        assertThat(found.receivedAt()).isEqualTo(T0);
        assertThat(inbox.counts()).containsEntry(InboxState.PENDING, 1L);
    }

    @Test
    void keysAreScopedByProviderAndCaseSensitive() {
        long a = store("evt_ABC");
        long b = store(delivery("other", "evt_ABC", T0));
        long c = store("evt_abc");
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        assertThat(inbox.store(delivery("other", "evt_ABC", T0))).isEqualTo(new Inbox.StoreResult(b, true));
    }

    @Test
    void keyStaysTakenInEveryStateUntilPurged() {
        long done = store("evt_done");
        long dead = store("evt_dead");
        long claimed = store("evt_claimed");
        List<InboxDelivery> all = inbox.claim("w1", 3, T0, LEASE);
        assertThat(all).hasSize(3);
        assertThat(inbox.complete(done, "w1", at(1))).isTrue();
        assertThat(inbox.kill(dead, "w1", "gave up", at(1))).isTrue();

        assertThat(inbox.store(delivery("evt_done"))).isEqualTo(new Inbox.StoreResult(done, true));
        assertThat(inbox.store(delivery("evt_dead"))).isEqualTo(new Inbox.StoreResult(dead, true));
        assertThat(inbox.store(delivery("evt_claimed"))).isEqualTo(new Inbox.StoreResult(claimed, true));

        assertThat(inbox.purge(InboxState.DONE, at(2))).isEqualTo(1);
        Inbox.StoreResult fresh = inbox.store(delivery("evt_done"));
        assertThat(fresh.duplicate()).isFalse();
        assertThat(fresh.id()).isNotEqualTo(done);
    }

    @Test
    void eightThreadsStoringOneKeyAtOnceStoreItOnce() throws Exception {
        int threads = 8;
        int rounds = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < rounds; round++) {
                String key = "evt_race_" + round;
                CountDownLatch ready = new CountDownLatch(threads);
                List<Future<Inbox.StoreResult>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Inbox client = t % 2 == 0 ? inbox : sameStore();
                    results.add(pool.submit(() -> {
                        ready.countDown();
                        ready.await(10, TimeUnit.SECONDS);
                        return client.store(delivery(key));
                    }));
                }
                List<Inbox.StoreResult> stored = new ArrayList<>();
                for (Future<Inbox.StoreResult> f : results) {
                    stored.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(stored).as(key).filteredOn(r -> !r.duplicate()).hasSize(1);
                assertThat(stored)
                        .as(key)
                        .extracting(Inbox.StoreResult::id)
                        .containsOnly(stored.get(0).id());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(inbox.counts()).containsEntry(InboxState.PENDING, (long) rounds);
    }

    // ---- what is stored comes back exactly

    @Test
    void bodyAndHeadersComeBackExactly() {
        byte[] everyByte = new byte[512];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        Headers headers = Headers.builder()
                .add("Content-Type", "application/octet-stream")
                .add("X-Multi", "first")
                .add("X-Multi", "second, with a comma")
                .add("x-multi", "third")
                .add("X-Emoji", "\uD83C\uDF89 \u00fcn\u00efc\u00f6d\u00e9 \u4e2d\u6587 \"quoted\" \\ back\\slash")
                .add("X-Empty", "")
                .add("X-Json", "{\"a\":[1,2],\"b\":null}")
                .add("X-Tab", "a\tb")
                .add("x-lower-case-name", "kept as received")
                .build();
        NewDelivery binary = new NewDelivery(
                PROVIDER,
                "evt_binary",
                "file.uploaded",
                null,
                "https://hooks.example.test/w?x=1&y=%C3%A9#frag",
                headers,
                RawBody.of(everyByte),
                "k\u00e9y-2",
                Instant.parse("2026-11-27T11:59:58Z"),
                T0);
        NewDelivery emoji = new NewDelivery(
                PROVIDER,
                "evt_emoji",
                "message.created",
                "msg_\uD83D\uDE00",
                "https://hooks.example.test/w",
                Headers.of(Map.of("X-One", "\uD83D\uDE00")),
                RawBody.ofUtf8("{\"text\":\"\uD83D\uDE00 caf\u00e9\"}"),
                "primary",
                null,
                T0);
        NewDelivery empty = new NewDelivery(
                PROVIDER,
                "evt_empty",
                "ping",
                null,
                "https://h.test/",
                Headers.empty(),
                RawBody.empty(),
                "k",
                null,
                T0);

        for (NewDelivery d : List.of(binary, emoji, empty)) {
            InboxDelivery found = find(store(d));
            assertThat(found.body().toByteArray())
                    .as(d.deduplicationKey())
                    .isEqualTo(d.body().toByteArray());
            assertThat(found.headers()).isEqualTo(d.headers());
            assertThat(new ArrayList<>(found.headers().asMap().entrySet()))
                    .as("names as received, values in order")
                    .isEqualTo(new ArrayList<>(d.headers().asMap().entrySet()));
            assertThat(found.url()).isEqualTo(d.url());
            assertThat(found.eventType()).isEqualTo(d.eventType());
            assertThat(found.deliveryId()).isEqualTo(d.deliveryId());
            assertThat(found.keyId()).isEqualTo(d.keyId());
            assertThat(found.signedAt()).isEqualTo(d.signedAt());
        }
        InboxDelivery claimed = inbox.claim("w1", 10, T0, LEASE).stream()
                .filter(d -> d.deduplicationKey().equals("evt_binary"))
                .findFirst()
                .orElseThrow();
        assertThat(claimed.body().toByteArray()).isEqualTo(everyByte);
        assertThat(claimed.headers().all("X-MULTI")).containsExactly("first", "second, with a comma", "third");
        assertThat(claimed.headers().names())
                .containsExactly(
                        "Content-Type", "X-Multi", "X-Emoji", "X-Empty", "X-Json", "X-Tab", "x-lower-case-name");
    }

    // ---- claiming

    @Test
    void claimTakesTheOldestDueFirstUpToMax() {
        long a = store(delivery(PROVIDER, "a", at(3)));
        long b = store(delivery(PROVIDER, "b", at(1)));
        long c = store(delivery(PROVIDER, "c", at(2)));
        long d = store(delivery(PROVIDER, "d", at(1)));
        long later = store(delivery(PROVIDER, "later", at(600)));
        Instant now = at(5);

        List<InboxDelivery> first = inbox.claim("w1", 3, now, LEASE);
        assertThat(first).extracting(InboxDelivery::id).containsExactly(b, d, c);
        assertThat(first).allSatisfy(x -> {
            assertThat(x.state()).isEqualTo(InboxState.CLAIMED);
            assertThat(x.attempts()).isEqualTo(1);
            assertThat(x.leaseOwner()).isEqualTo("w1");
            assertThat(x.leaseUntil()).isEqualTo(now.plus(LEASE));
            assertThat(x.nextAttemptAt()).isNull();
            assertThat(x.completedAt()).isNull();
            assertThat(x.body()).isEqualTo(delivery(x.deduplicationKey()).body());
        });
        assertThat(find(b)).isEqualTo(first.get(0));

        assertThat(inbox.claim("w2", 5, now, LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(a);
        assertThat(inbox.claim("w2", 5, now, LEASE)).isEmpty();
        for (InboxDelivery x : first) {
            assertThat(inbox.complete(x.id(), "w1", now)).isTrue();
        }
        assertThat(inbox.complete(a, "w2", now)).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inbox.claim("w2", 0, at(601), LEASE))
                .withMessageContaining("max");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inbox.claim("w2", 1001, at(601), LEASE))
                .withMessageContaining("max");
        assertThat(inbox.claim("w2", 5, at(600), LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(later);
    }

    @Test
    void doneDeadAndHeldDeliveriesAreNotClaimed() {
        long done = store("done");
        long dead = store("dead");
        long held = store("held");
        inbox.claim("w1", 3, T0, LEASE);
        inbox.complete(done, "w1", T0);
        inbox.kill(dead, "w1", "no", T0);

        assertThat(inbox.claim("w2", 10, at(59), LEASE)).isEmpty();
        assertThat(find(held).leaseOwner()).isEqualTo("w1");
        assertThat(inbox.claim("w2", 10, at(3600), LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(held);
    }

    @Test
    void eightConcurrentClaimersNeverClaimOneDeliveryTwice() throws Exception {
        int n = concurrentDeliveries();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> stores = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int from = t;
                Inbox client = t % 2 == 0 ? inbox : sameStore();
                stores.add(pool.submit(() -> {
                    long last = 0;
                    for (int i = from; i < n; i += 4) {
                        last = client.store(delivery(PROVIDER, "evt_" + i, T0.plusMillis(i)))
                                .id();
                    }
                    return last;
                }));
            }
            for (Future<Long> f : stores) {
                f.get(60, TimeUnit.SECONDS);
            }

            Map<Long, String> claimedBy = new ConcurrentHashMap<>();
            List<String> doubleClaims = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger done = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Instant now = T0.plusSeconds(10);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            CountDownLatch start = new CountDownLatch(8);
            List<Future<?>> claimers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String owner = "worker-" + t;
                Inbox client = t % 2 == 0 ? inbox : sameStore();
                int max = 1 + t % 4 * 3;
                claimers.add(pool.submit(() -> {
                    start.countDown();
                    start.await(10, TimeUnit.SECONDS);
                    while (done.get() < n && System.nanoTime() < deadline && failure.get() == null) {
                        List<InboxDelivery> claimed;
                        try {
                            claimed = client.claim(owner, max, now, LEASE);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                            throw e;
                        }
                        if (claimed.isEmpty()) {
                            Thread.sleep(1);
                            continue;
                        }
                        for (InboxDelivery d : claimed) {
                            String previous = claimedBy.putIfAbsent(d.id(), owner);
                            if (previous != null || d.attempts() != 1) {
                                doubleClaims.add(d.id() + " by " + owner + " and " + previous);
                            }
                            if (!client.complete(d.id(), owner, now)) {
                                doubleClaims.add(d.id() + " could not be completed by " + owner);
                            }
                            done.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : claimers) {
                f.get(90, TimeUnit.SECONDS);
            }
            assertThat(failure.get()).isNull();
            assertThat(doubleClaims).isEmpty();
            assertThat(claimedBy).hasSize(n);
            assertThat(done).hasValue(n);
        } finally {
            pool.shutdownNow();
        }
        assertThat(inbox.counts())
                .containsEntry(InboxState.DONE, (long) n)
                .containsEntry(InboxState.PENDING, 0L)
                .containsEntry(InboxState.CLAIMED, 0L);
    }

    // ---- leases

    @Test
    void lapsedLeaseLetsAnotherOwnerClaimAndTheOldOwnerChangesNothing() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);

        assertThat(inbox.claim("w2", 1, at(60), LEASE))
                .as("at the end of the lease")
                .isEmpty();
        InboxDelivery taken = inbox.claim("w2", 1, at(60).plusMillis(1), LEASE).get(0);
        assertThat(taken.id()).isEqualTo(id);
        assertThat(taken.attempts()).isEqualTo(2);
        assertThat(taken.leaseOwner()).isEqualTo("w2");
        assertThat(taken.leaseUntil()).isEqualTo(at(60).plusMillis(1).plus(LEASE));

        assertThat(inbox.renew(id, "w1", at(200))).isFalse();
        assertThat(inbox.complete(id, "w1", at(61))).isFalse();
        assertThat(inbox.fail(id, "w1", "late", at(70), at(61))).isFalse();
        assertThat(inbox.kill(id, "w1", "late", at(61))).isFalse();
        assertThat(find(id)).isEqualTo(taken);

        assertThat(inbox.complete(id, "w2", at(62))).isTrue();
        assertThat(find(id).state()).isEqualTo(InboxState.DONE);
    }

    @Test
    void lapsedClaimIsDueFromTheEndOfItsLeaseAmongPendingDeliveries() {
        long crashed = store(delivery(PROVIDER, "crashed", T0));
        claimOne(crashed, "w1", T0); // lease until T0 + 60 s
        long waiting = store(delivery(PROVIDER, "waiting", at(65)));
        long earlier = store(delivery(PROVIDER, "earlier", at(30)));

        assertThat(inbox.claim("w2", 3, at(90), LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(earlier, crashed, waiting);
    }

    @Test
    void renewExtendsTheLeaseOfItsOwnerOnly() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        assertThat(inbox.renew(id, "w1", at(120))).isTrue();
        assertThat(find(id).leaseUntil()).isEqualTo(at(120));
        assertThat(inbox.renew(id, "w2", at(500))).isFalse();
        assertThat(inbox.renew(id + 1000, "w1", at(500))).isFalse();

        assertThat(inbox.claim("w2", 1, at(90), LEASE)).isEmpty();
        assertThat(inbox.claim("w2", 1, at(120), LEASE)).isEmpty();
        assertThat(inbox.claim("w2", 1, at(120).plusMillis(1), LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(id);
    }

    // ---- results of an attempt

    @Test
    void completeMarksItDoneAndKeepsTheLastError() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        assertThat(inbox.fail(id, "w1", "first try failed", at(10), at(1))).isTrue();
        claimOne(id, "w1", at(10));
        assertThat(inbox.complete(id, "w1", at(11))).isTrue();

        InboxDelivery done = find(id);
        assertThat(done.state()).isEqualTo(InboxState.DONE);
        assertThat(done.completedAt()).isEqualTo(at(11));
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.lastError()).isEqualTo("first try failed");
        assertThat(done.leaseOwner()).isNull();
        assertThat(done.leaseUntil()).isNull();
        assertThat(done.nextAttemptAt()).isNull();
        assertThat(inbox.complete(id, "w1", at(12))).as("completed twice").isFalse();
        assertThat(inbox.claim("w2", 10, at(100_000), LEASE)).isEmpty();
    }

    @Test
    void failMakesItPendingAtRetryAtAndNotDueBefore() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        assertThat(inbox.fail(id, "w1", "java.lang.IllegalStateException: boom", at(10), at(1)))
                .isTrue();

        InboxDelivery failed = find(id);
        assertThat(failed.state()).isEqualTo(InboxState.PENDING);
        assertThat(failed.nextAttemptAt()).isEqualTo(at(10));
        assertThat(failed.lastError()).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.leaseOwner()).isNull();
        assertThat(failed.leaseUntil()).isNull();
        assertThat(failed.completedAt()).isNull();
        assertThat(inbox.fail(id, "w1", "again", at(20), at(2)))
                .as("no longer held")
                .isFalse();

        assertThat(inbox.claim("w2", 1, at(10).minusMillis(1), LEASE)).isEmpty();
        assertThat(inbox.oldestDue(at(10).minusMillis(1))).isEmpty();
        assertThat(inbox.oldestDue(at(10))).contains(at(10));
        InboxDelivery second = claimOne(id, "w2", at(10));
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.lastError()).isEqualTo("java.lang.IllegalStateException: boom");
    }

    @Test
    void failKeepsTheFirst2000CharactersOfTheError() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        String error = "x".repeat(1990) + "0123456789ABCDEFGHIJ".repeat(20);
        assertThat(inbox.fail(id, "w1", error, at(5), T0)).isTrue();
        assertThat(find(id).lastError()).isEqualTo(error.substring(0, 2000));
    }

    @Test
    void killMakesItDeadForGood() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        assertThat(inbox.kill(id, "w2", "not mine", at(1))).isFalse();
        assertThat(inbox.kill(id, "w1", "gave up after 1 attempt", at(2))).isTrue();

        InboxDelivery dead = find(id);
        assertThat(dead.state()).isEqualTo(InboxState.DEAD);
        assertThat(dead.completedAt()).isEqualTo(at(2));
        assertThat(dead.lastError()).isEqualTo("gave up after 1 attempt");
        assertThat(dead.nextAttemptAt()).isNull();
        assertThat(dead.leaseOwner()).isNull();
        assertThat(inbox.complete(id, "w1", at(3))).isFalse();
        assertThat(inbox.claim("w1", 10, at(100_000), LEASE)).isEmpty();
        assertThat(inbox.counts()).containsEntry(InboxState.DEAD, 1L);
    }

    @Test
    void operationsOnAMissingDeliveryChangeNothing() {
        assertThat(inbox.find(424242)).isEmpty();
        assertThat(inbox.renew(424242, "w1", at(1))).isFalse();
        assertThat(inbox.complete(424242, "w1", at(1))).isFalse();
        assertThat(inbox.fail(424242, "w1", "x", at(1), at(1))).isFalse();
        assertThat(inbox.kill(424242, "w1", "x", at(1))).isFalse();
        assertThat(inbox.retry(424242, at(1))).isFalse();
    }

    // ---- operations

    @Test
    void retryMakesADeadOrDoneDeliveryDueNowWithItsAttemptsReset() {
        long dead = store("dead");
        long done = store("done");
        long claimed = store("claimed");
        inbox.claim("w1", 3, T0, Duration.ofHours(1));
        inbox.kill(dead, "w1", "broken", at(1));
        inbox.complete(done, "w1", at(1));

        assertThat(inbox.retry(dead, at(100))).isTrue();
        InboxDelivery retried = find(dead);
        assertThat(retried.state()).isEqualTo(InboxState.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isEqualTo(at(100));
        assertThat(retried.completedAt()).isNull();
        assertThat(retried.lastError()).isEqualTo("broken");

        assertThat(inbox.retry(done, at(100))).isTrue();
        assertThat(inbox.retry(claimed, at(100))).as("claimed: left alone").isFalse();
        assertThat(find(claimed).state()).isEqualTo(InboxState.CLAIMED);

        assertThat(inbox.claim("w2", 10, at(99), LEASE)).isEmpty();
        assertThat(inbox.claim("w2", 10, at(100), LEASE))
                .extracting(InboxDelivery::id, InboxDelivery::attempts)
                .containsExactly(tuple(dead, 1), tuple(done, 1));
    }

    @Test
    void retryDeadRetriesEveryDeadDelivery() {
        List<Long> ids = IntStream.range(0, 5).mapToObj(i -> store("evt_" + i)).toList();
        inbox.claim("w1", 5, T0, LEASE);
        for (int i = 0; i < 3; i++) {
            inbox.kill(ids.get(i), "w1", "dead " + i, at(1));
        }
        inbox.complete(ids.get(3), "w1", at(1));

        assertThat(inbox.retryDead(at(50))).isEqualTo(3);
        assertThat(inbox.counts())
                .containsEntry(InboxState.PENDING, 3L)
                .containsEntry(InboxState.DEAD, 0L)
                .containsEntry(InboxState.DONE, 1L)
                .containsEntry(InboxState.CLAIMED, 1L);
        assertThat(find(ids.get(0)).nextAttemptAt()).isEqualTo(at(50));
        assertThat(inbox.retryDead(at(60))).isZero();
    }

    @Test
    void replayMakesDoneDeliveriesReceivedSinceDueAgain() {
        long old = store(delivery(PROVIDER, "old", T0));
        long recent = store(delivery(PROVIDER, "recent", at(3600)));
        long newest = store(delivery(PROVIDER, "newest", at(7200)));
        long deadRecent = store(delivery(PROVIDER, "dead", at(7200)));
        long pending = store(delivery(PROVIDER, "pending", at(9000)));
        Instant now = at(8000);
        inbox.claim("w1", 4, now, LEASE);
        for (long id : List.of(old, recent, newest)) {
            assertThat(inbox.complete(id, "w1", now)).isTrue();
        }
        inbox.kill(deadRecent, "w1", "dead", now);

        assertThat(inbox.replay(at(3600), at(8001))).isEqualTo(2);
        assertThat(find(old).state()).isEqualTo(InboxState.DONE);
        assertThat(find(deadRecent).state()).isEqualTo(InboxState.DEAD);
        assertThat(find(pending).nextAttemptAt()).isEqualTo(at(9000));
        for (long id : List.of(recent, newest)) {
            InboxDelivery replayed = find(id);
            assertThat(replayed.state()).isEqualTo(InboxState.PENDING);
            assertThat(replayed.attempts()).isZero();
            assertThat(replayed.nextAttemptAt()).isEqualTo(at(8001));
            assertThat(replayed.completedAt()).isNull();
        }
    }

    @Test
    void purgeDeletesDoneOrDeadDeliveriesCompletedBeforeTheGivenTime() {
        List<Long> ids = IntStream.range(0, 5).mapToObj(i -> store("evt_" + i)).toList();
        inbox.claim("w1", 4, T0, LEASE);
        inbox.complete(ids.get(0), "w1", at(60));
        inbox.complete(ids.get(1), "w1", at(300));
        inbox.kill(ids.get(2), "w1", "dead", at(120));
        // ids 3 (claimed) and 4 (pending) are never purged

        assertThat(inbox.purge(InboxState.DONE, at(300))).isEqualTo(1);
        assertThat(inbox.find(ids.get(0))).isEmpty();
        assertThat(inbox.find(ids.get(1))).isPresent();
        assertThat(inbox.purge(InboxState.DEAD, at(100))).isZero();
        assertThat(inbox.purge(InboxState.DEAD, at(121))).isEqualTo(1);
        assertThat(inbox.purge(InboxState.DONE, at(100_000))).isEqualTo(1);
        assertThat(inbox.counts())
                .containsEntry(InboxState.DONE, 0L)
                .containsEntry(InboxState.DEAD, 0L)
                .containsEntry(InboxState.CLAIMED, 1L)
                .containsEntry(InboxState.PENDING, 1L);

        for (InboxState state : List.of(InboxState.PENDING, InboxState.CLAIMED)) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> inbox.purge(state, at(100_000)))
                    .withMessageContaining(state.code());
        }
        assertThat(inbox.counts()).containsEntry(InboxState.PENDING, 1L);
    }

    @Test
    void countsHaveEveryState() {
        assertThat(inbox.counts()).containsOnlyKeys(InboxState.values()).allSatisfy((state, count) -> assertThat(count)
                .isZero());
        List<Long> ids = IntStream.range(0, 6).mapToObj(i -> store("evt_" + i)).toList();
        inbox.claim("w1", 3, T0, LEASE);
        inbox.complete(ids.get(0), "w1", at(1));
        inbox.kill(ids.get(1), "w1", "x", at(1));
        assertThat(inbox.counts())
                .isEqualTo(Map.of(
                        InboxState.PENDING, 3L,
                        InboxState.CLAIMED, 1L,
                        InboxState.DONE, 1L,
                        InboxState.DEAD, 1L));
    }

    @Test
    void oldestDueIsTheEarliestNextAttemptOfAPendingDeliveryDueNow() {
        assertThat(inbox.oldestDue(T0)).isEmpty();
        long claimed = store(delivery(PROVIDER, "claimed", T0));
        claimOne(claimed, "w1", T0);
        store(delivery(PROVIDER, "b", at(7)));
        store(delivery(PROVIDER, "a", at(5)));
        store(delivery(PROVIDER, "c", at(20)));

        assertThat(inbox.oldestDue(at(4))).isEmpty();
        assertThat(inbox.oldestDue(at(5))).contains(at(5));
        assertThat(inbox.oldestDue(at(10_000)))
                .as("a lapsed claim is not pending")
                .contains(at(5));
    }

    @Test
    void listIsNewestFirstWithFiltersAndPages() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(store(delivery(i % 2 == 0 ? PROVIDER : "other", "evt_" + i, T0.plusSeconds(60L * i))));
        }
        // the oldest five become claimed; of those, ids 0 and 1 done, id 2 dead
        inbox.claim("w1", 5, at(3600), LEASE);
        inbox.complete(ids.get(0), "w1", at(3600));
        inbox.complete(ids.get(1), "w1", at(3600));
        inbox.kill(ids.get(2), "w1", "x", at(3600));
        List<Long> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);

        assertThat(inbox.list(InboxQuery.all())).extracting(InboxDelivery::id).isEqualTo(newestFirst);
        assertThat(inbox.list(InboxQuery.all().withLimit(3)))
                .extracting(InboxDelivery::id)
                .isEqualTo(newestFirst.subList(0, 3));
        assertThat(inbox.list(InboxQuery.inState(InboxState.DONE)))
                .extracting(InboxDelivery::id)
                .containsExactly(ids.get(1), ids.get(0));
        assertThat(inbox.list(InboxQuery.inState(InboxState.CLAIMED)))
                .extracting(InboxDelivery::id)
                .containsExactly(ids.get(4), ids.get(3));
        assertThat(inbox.list(InboxQuery.all().withProvider("other")))
                .hasSize(12)
                .allSatisfy(d -> assertThat(d.provider()).isEqualTo("other"));
        assertThat(inbox.list(InboxQuery.all().withReceivedSince(T0.plusSeconds(60L * 20))))
                .extracting(InboxDelivery::id)
                .isEqualTo(newestFirst.subList(0, 5));
        assertThat(inbox.list(InboxQuery.inState(InboxState.PENDING)
                        .withProvider(PROVIDER)
                        .withReceivedSince(T0.plusSeconds(60L * 10))
                        .withBeforeId(ids.get(20))))
                .extracting(InboxDelivery::id)
                .containsExactly(ids.get(18), ids.get(16), ids.get(14), ids.get(12), ids.get(10));
        assertThat(inbox.list(InboxQuery.all().withProvider("nobody"))).isEmpty();

        List<Long> paged = new ArrayList<>();
        Long before = null;
        for (int page = 0; page < 10; page++) {
            List<InboxDelivery> got = inbox.list(InboxQuery.all().withLimit(10).withBeforeId(before));
            if (got.isEmpty()) {
                break;
            }
            assertThat(got).hasSizeLessThanOrEqualTo(10);
            got.forEach(d -> paged.add(d.id()));
            before = got.get(got.size() - 1).id();
        }
        assertThat(paged).isEqualTo(newestFirst);

        InboxDelivery listed = inbox.list(InboxQuery.all().withLimit(1)).get(0);
        assertThat(listed).isEqualTo(find(listed.id()));
        assertThat(listed.body()).isEqualTo(delivery("evt_24").body());
    }
}
