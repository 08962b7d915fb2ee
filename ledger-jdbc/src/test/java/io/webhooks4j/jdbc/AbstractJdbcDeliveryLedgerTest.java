package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.DeliveryLedger.Claim;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import io.webhooks4j.WebhookHandler;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database must show, run against H2 (embedded) and a real PostgreSQL by the subclasses.
 * Each test starts from an empty table; the "application instances" of a test each have their own
 * connection pool and ledger on the shared database, and a shared clock the test moves by hand.
 */
abstract class AbstractJdbcDeliveryLedgerTest {
    static final String TABLE = "webhooks4j_delivery_test";
    static final Instant START = Instant.parse("2026-11-27T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration RETENTION = Duration.ofHours(72);
    static final String PROVIDER = LedgerTestProvider.ID;

    private static Connection admin;
    private static boolean tableCreated;
    private final List<TestPool> pools = new ArrayList<>();
    private final List<JdbcDeliveryLedger> ledgers = new ArrayList<>();
    MutableClock clock;
    TestPool pool;
    JdbcDeliveryLedger ledger;

    /** A new physical connection to the shared test database. */
    abstract Connection openConnection() throws SQLException;

    abstract Dialect expectedDialect();

    /** How many deliveries the concurrency proof sends (each twice). */
    int concurrentDeliveries() {
        return 1000;
    }

    /** Aborts (skips) the test when the database is not available here; the default runs every test. */
    void assumeDatabase() {}

    @BeforeEach
    void emptyTable() throws SQLException {
        assumeDatabase();
        clock = new MutableClock(START);
        pool = newPool();
        ledger = ledger(pool);
        if (!tableCreated) {
            // A table left by an earlier run may have an older schema.
            execute("DROP TABLE IF EXISTS " + TABLE);
            tableCreated = true;
        }
        ledger.createTableIfMissing();
        execute("DELETE FROM " + TABLE);
    }

    @AfterEach
    void closePools() {
        ledgers.forEach(JdbcDeliveryLedger::close);
        pools.forEach(TestPool::close);
    }

    @AfterAll
    static void closeAdminConnection() throws SQLException {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        tableCreated = false;
    }

    /** The test's own connection for set-up and inspection, outside the pools the "database outage" breaks. */
    Connection admin() throws SQLException {
        if (admin == null) {
            admin = openConnection();
        }
        return admin;
    }

    /** Silences the warnings a test provokes on purpose (failing handlers, an unreachable database). */
    static AutoCloseable expectedWarnings() {
        List<java.util.logging.Logger> loggers = List.of(
                java.util.logging.Logger.getLogger("io.webhooks4j.Webhooks"),
                java.util.logging.Logger.getLogger(JdbcDeliveryLedger.class.getName()));
        List<java.util.logging.Level> levels = new ArrayList<>();
        for (java.util.logging.Logger logger : loggers) {
            levels.add(logger.getLevel());
            logger.setLevel(java.util.logging.Level.SEVERE);
        }
        return () -> {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
            }
        };
    }

    TestPool newPool() {
        TestPool p = new TestPool(this::openConnection);
        pools.add(p);
        return p;
    }

    JdbcDeliveryLedger.Builder builder(DataSource dataSource) {
        return JdbcDeliveryLedger.builder()
                .dataSource(dataSource)
                .tableName(TABLE)
                .lease(LEASE)
                .retention(RETENTION)
                .clock(clock);
    }

    JdbcDeliveryLedger ledger(DataSource dataSource) {
        JdbcDeliveryLedger built = builder(dataSource).build();
        ledgers.add(built);
        return built;
    }

    Long expiresAt(String key) throws SQLException {
        try (Connection c = openConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT expires_at FROM " + TABLE + " WHERE provider = ? AND delivery_key = ?")) {
            ps.setString(1, PROVIDER);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (Statement s = admin().createStatement()) {
            s.execute(sql);
        }
    }

    /** delivery_key -> state, of every row of provider {@code test}. */
    Map<String, String> states() throws SQLException {
        return rows("state");
    }

    Map<String, String> tokens() throws SQLException {
        return rows("token");
    }

    private Map<String, String> rows(String column) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = openConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT delivery_key, " + column + " FROM " + TABLE + " WHERE provider = ?")) {
            ps.setString(1, PROVIDER);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    static String sha256Key(String key) throws Exception {
        return "sha256:"
                + HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- the ledger on its own

    @Test
    void speaksTheDialectOfTheDatabase() {
        assertThat(ledger.dialect()).isEqualTo(expectedDialect());
    }

    @Test
    void firstClaimWinsAndTheRetryAfterCompletionIsADuplicate() throws Exception {
        Claim first = ledger.claim(PROVIDER, "evt_1");
        assertThat(first.status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(first.token()).isNotBlank();
        assertThat(first.deliveryId()).isEqualTo("evt_1");

        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.IN_FLIGHT);
        assertThat(states()).containsExactly(Map.entry("evt_1", "IN_FLIGHT"));

        ledger.complete(first);
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.DONE);
        assertThat(states()).containsExactly(Map.entry("evt_1", "DONE"));
    }

    @Test
    void releasedDeliveryIsClaimedAgainByItsNextAttempt() throws Exception {
        Claim first = ledger.claim(PROVIDER, "evt_1");
        ledger.release(first);
        assertThat(states()).isEmpty();

        Claim second = ledger.claim(PROVIDER, "evt_1");
        assertThat(second.status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(second.token()).isNotEqualTo(first.token());
    }

    @Test
    void claimInFlightHoldsUntilItsLeaseEnds() {
        ledger.claim(PROVIDER, "evt_1");
        clock.advance(LEASE.minusMillis(1));
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.IN_FLIGHT);
        clock.advance(Duration.ofMillis(1));
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void expiredClaimIsTakenOverAndOnlyTheNewHolderCompletesOrReleasesIt() throws Exception {
        Claim crashed = ledger.claim(PROVIDER, "evt_1");
        clock.advance(LEASE);

        Claim takeover = ledger.claim(PROVIDER, "evt_1");
        assertThat(takeover.status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(takeover.token()).isNotEqualTo(crashed.token());
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.IN_FLIGHT);

        ledger.release(crashed);
        ledger.complete(crashed);
        assertThat(states()).containsExactly(Map.entry("evt_1", "IN_FLIGHT"));
        assertThat(tokens()).containsExactly(Map.entry("evt_1", takeover.token()));

        ledger.complete(takeover);
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.DONE);
    }

    @Test
    void claimsThatAreNotHeldAreIgnoredByCompleteAndRelease() throws Exception {
        Claim held = ledger.claim(PROVIDER, "evt_1");
        Claim inFlight = ledger.claim(PROVIDER, "evt_1");
        assertThat(inFlight.token()).isNull();
        ledger.complete(inFlight);
        ledger.release(inFlight);
        ledger.complete(new Claim(PROVIDER, "evt_1", Claim.Status.IN_FLIGHT, held.token()));
        assertThat(states()).containsExactly(Map.entry("evt_1", "IN_FLIGHT"));
    }

    @Test
    void doneDeliveryIsRememberedForTheRetentionPeriod() {
        ledger.complete(ledger.claim(PROVIDER, "evt_1"));
        clock.advance(RETENTION.minusMillis(1));
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.DONE);
        clock.advance(Duration.ofMillis(1));
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void purgeExpiredDeletesOnlyRowsPastTheirLeaseOrRetention() throws Exception {
        ledger.complete(ledger.claim(PROVIDER, "done_early"));
        ledger.claim(PROVIDER, "crashed");
        clock.advance(Duration.ofHours(1));
        ledger.complete(ledger.claim(PROVIDER, "done_later"));
        ledger.claim(PROVIDER, "in_flight");

        assertThat(ledger.purgeExpired()).isEqualTo(1);
        assertThat(states()).containsOnlyKeys("done_early", "done_later", "in_flight");

        clock.advance(RETENTION.minus(Duration.ofHours(1)));
        assertThat(ledger.purgeExpired()).isEqualTo(2);
        assertThat(states()).containsOnlyKeys("done_later");
        assertThat(ledger.claim(PROVIDER, "done_later").status()).isEqualTo(Claim.Status.DONE);

        clock.advance(Duration.ofHours(1));
        assertThat(ledger.purgeExpired()).isEqualTo(1);
        assertThat(states()).isEmpty();
    }

    @Test
    void deliveryIdsAreCaseSensitiveAndScopedByProvider() {
        ledger.complete(ledger.claim(PROVIDER, "evt_ABC"));
        assertThat(ledger.claim(PROVIDER, "evt_abc").status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(ledger.claim("other", "evt_ABC").status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(ledger.claim(PROVIDER, "evt_ABC").status()).isEqualTo(Claim.Status.DONE);
    }

    // ---- lease renewal (driven by hand here: renewOutstanding() is what the renewal thread runs)

    @Test
    void renewalExtendsTheLeaseOfAnOutstandingClaimUntilItIsCompleted() throws Exception {
        Claim held = ledger.claim(PROVIDER, "evt_1");
        assertThat(ledger.outstandingClaims()).isEqualTo(1);
        clock.advance(LEASE.minusMillis(1));
        ledger.renewOutstanding();
        assertThat(expiresAt("evt_1")).isEqualTo(clock.millis() + LEASE.toMillis());

        clock.advance(LEASE.minusMillis(1));
        JdbcDeliveryLedger other = ledger(newPool());
        assertThat(other.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.IN_FLIGHT);

        ledger.complete(held);
        assertThat(ledger.outstandingClaims()).isZero();
        long doneUntil = expiresAt("evt_1");
        ledger.renewOutstanding();
        assertThat(expiresAt("evt_1")).isEqualTo(doneUntil);
        assertThat(states()).containsExactly(Map.entry("evt_1", "DONE"));
    }

    @Test
    void releasedClaimIsNoLongerRenewed() throws Exception {
        ledger.release(ledger.claim(PROVIDER, "evt_1"));
        assertThat(ledger.outstandingClaims()).isZero();
        ledger.renewOutstanding();
        assertThat(states()).isEmpty();
    }

    @Test
    void claimTakenOverAfterItsLeaseIsNotRenewedByItsFormerHolder() throws Exception {
        ledger.claim(PROVIDER, "evt_1");
        clock.advance(LEASE);
        JdbcDeliveryLedger other = ledger(newPool());
        Claim takeover = other.claim(PROVIDER, "evt_1");
        long takeoverExpires = expiresAt("evt_1");
        clock.advance(Duration.ofSeconds(1));

        List<LogRecord> logged;
        try (LogCapture log = new LogCapture()) {
            ledger.renewOutstanding();
            logged = log.records();
        }
        assertThat(expiresAt("evt_1")).isEqualTo(takeoverExpires);
        assertThat(tokens()).containsExactly(Map.entry("evt_1", takeover.token()));
        assertThat(ledger.outstandingClaims()).isZero();
        assertThat(logged)
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage()).contains("evt_1").contains("no longer held"));
    }

    @Test
    void renewalFailureIsLoggedOnceAndRenewalResumesWhenTheDatabaseIsBack() throws Exception {
        ledger.claim(PROVIDER, "evt_1");
        pool.goDown();
        List<LogRecord> logged;
        try (LogCapture log = new LogCapture()) {
            ledger.renewOutstanding();
            ledger.renewOutstanding();
            pool.comeBack();
            clock.advance(Duration.ofMinutes(1));
            ledger.renewOutstanding();
            logged = log.records();
        }
        assertThat(logged)
                .filteredOn(r -> r.getLevel() == java.util.logging.Level.WARNING)
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage())
                        .contains("renewing the leases of 1 deliveries in flight failed")
                        .contains("a retry may run their handlers again"));
        assertThat(logged).anySatisfy(r -> assertThat(r.getMessage()).contains("lease renewal works again"));
        assertThat(expiresAt("evt_1")).isEqualTo(clock.millis() + LEASE.toMillis());
        assertThat(ledger.outstandingClaims()).isEqualTo(1);
    }

    @Test
    void closedLedgerStopsRenewingAndRefusesNewClaims() throws Exception {
        ledger.claim(PROVIDER, "evt_1");
        long expires = expiresAt("evt_1");
        ledger.close();
        ledger.close();
        assertThat(ledger.outstandingClaims()).isZero();
        clock.advance(Duration.ofMinutes(1));
        ledger.renewOutstanding();
        assertThat(expiresAt("evt_1")).isEqualTo(expires);
        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> ledger.claim(PROVIDER, "evt_2"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.LEDGER_UNAVAILABLE));
        // The claim lapses after its lease and another instance takes it over.
        clock.advance(LEASE);
        assertThat(ledger(newPool()).claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    // ---- bad input: keys that do not fit the column

    @Test
    void deliveryKeyLongerThanTheColumnIsStoredAsItsSha256() throws Exception {
        String longKey = "evt_" + "x".repeat(600) + "1";
        String sibling = "evt_" + "x".repeat(600) + "2";
        ledger.complete(ledger.claim(PROVIDER, longKey));

        assertThat(ledger.claim(PROVIDER, longKey).status()).isEqualTo(Claim.Status.DONE);
        assertThat(ledger.claim(PROVIDER, sibling).status()).isEqualTo(Claim.Status.CLAIMED);
        assertThat(states()).containsEntry(sha256Key(longKey), "DONE").containsEntry(sha256Key(sibling), "IN_FLIGHT");
    }

    @Test
    void keyOfExactlyTheColumnWidthIsStoredAsIsAndOneMoreIsHashed() throws Exception {
        String fits = "k".repeat(JdbcDeliveryLedger.MAX_KEY_LENGTH);
        String tooLong = fits + "k";
        ledger.claim(PROVIDER, fits);
        ledger.claim(PROVIDER, tooLong);
        assertThat(states()).containsOnlyKeys(fits, sha256Key(tooLong));
    }

    @Test
    void keysTheColumnCannotHoldVerbatimAreHashedAndStayDistinct() throws Exception {
        String nonAscii = "évènement-\uD83D\uDE00";
        String withNul = "evt\u0000nul";
        String withSpace = "evt ";
        String lookalike = sha256Key("evt_plain");
        for (String key : List.of(nonAscii, withNul, withSpace, "evt", lookalike, "evt_plain")) {
            assertThat(ledger.claim(PROVIDER, key).status()).as(key).isEqualTo(Claim.Status.CLAIMED);
        }
        assertThat(states())
                .containsOnlyKeys(
                        sha256Key(nonAscii),
                        sha256Key(withNul),
                        sha256Key(withSpace),
                        "evt",
                        sha256Key(lookalike),
                        "evt_plain");
        ledger.complete(ledger.claim(PROVIDER, "evt_other"));
        assertThat(ledger.claim(PROVIDER, nonAscii).status()).isEqualTo(Claim.Status.IN_FLIGHT);
    }

    // ---- schema

    @Test
    void createTableIfMissingIsIdempotent() {
        ledger.createTableIfMissing();
        ledger.createTableIfMissing();
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void tableNameIsConfigurableAndMayNameASchema() throws Exception {
        execute("CREATE SCHEMA IF NOT EXISTS wh4j_schema");
        execute("DROP TABLE IF EXISTS wh4j_schema.custom_ledger");
        JdbcDeliveryLedger custom =
                builder(pool).tableName("wh4j_schema.custom_ledger").build();
        custom.createTableIfMissing();
        custom.complete(custom.claim(PROVIDER, "evt_1"));
        assertThat(custom.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.DONE);
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.CLAIMED);
        execute("DROP TABLE wh4j_schema.custom_ledger");
    }

    @Test
    void shippedSchemaCreatesAWorkingTable() throws Exception {
        execute("DROP TABLE IF EXISTS " + TABLE);
        for (String statement :
                JdbcDeliveryLedger.schemaSql(expectedDialect(), TABLE).split(";")) {
            String sql = statement.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
            if (!sql.isBlank()) {
                execute(sql);
            }
        }
        ledger.complete(ledger.claim(PROVIDER, "evt_1"));
        assertThat(ledger.claim(PROVIDER, "evt_1").status()).isEqualTo(Claim.Status.DONE);
    }

    // ---- bad input: the database goes away

    @Test
    void databaseErrorsAreLedgerUnavailableWithTheSqlExceptionAsCause() throws Exception {
        Claim held = ledger.claim(PROVIDER, "evt_1");
        pool.goDown();

        for (Runnable call : List.<Runnable>of(
                () -> ledger.claim(PROVIDER, "evt_2"),
                () -> ledger.complete(held),
                () -> ledger.release(held),
                ledger::purgeExpired,
                ledger::createTableIfMissing)) {
            assertThatExceptionOfType(WebhookException.class)
                    .isThrownBy(call::run)
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.LEDGER_UNAVAILABLE))
                    .satisfies(e -> assertThat(e.status()).isEqualTo(503))
                    .withCauseInstanceOf(SQLException.class);
        }

        pool.comeBack();
        assertThat(states()).containsExactly(Map.entry("evt_1", "IN_FLIGHT"));
        assertThat(ledger.claim(PROVIDER, "evt_2").status()).isEqualTo(Claim.Status.CLAIMED);
    }

    @Test
    void missingTableIsLedgerUnavailable() {
        JdbcDeliveryLedger wrong =
                builder(pool).tableName("no_such_ledger_table").build();
        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> wrong.claim(PROVIDER, "evt_1"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.LEDGER_UNAVAILABLE))
                .withCauseInstanceOf(SQLException.class)
                .withMessageNotContaining("no_such_ledger_table");
    }

    @Test
    void connectionHandedOutWithAutoCommitOffStillCommitsEachStep() throws Exception {
        TestPool manual = new TestPool(() -> {
            Connection c = openConnection();
            c.setAutoCommit(false);
            return c;
        });
        pools.add(manual);
        JdbcDeliveryLedger onManual = ledger(manual);
        onManual.complete(onManual.claim(PROVIDER, "evt_1"));
        assertThat(states()).containsExactly(Map.entry("evt_1", "DONE"));
        try (Connection c = manual.getConnection()) {
            assertThat(c.getAutoCommit()).as("auto-commit restored").isFalse();
        }
    }

    // ---- through the pipeline

    Webhooks webhooks(JdbcDeliveryLedger ledger, WebhookHandler<LedgerTestProvider.TestEvent> handler) {
        return Webhooks.builder()
                .provider(new LedgerTestProvider())
                .on(LedgerTestProvider.ORDER_PAID, handler)
                .ledger(ledger)
                .build();
    }

    static WebhookResponse send(Webhooks instance, String deliveryId) {
        return instance.handle(LedgerTestProvider.ID, LedgerTestProvider.delivery(deliveryId));
    }

    @Test
    void twoInstancesRunEachOfAThousandDeliveriesSentTwiceAtOnceExactlyOnce() throws Exception {
        int deliveries = concurrentDeliveries();
        List<String> ids =
                IntStream.range(0, deliveries).mapToObj(i -> "evt_" + i).toList();
        Set<String> failOnce = IntStream.range(0, deliveries)
                .filter(i -> i % 10 == 3)
                .mapToObj(i -> "evt_" + i)
                .collect(Collectors.toSet());
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        WebhookHandler<LedgerTestProvider.TestEvent> handler = event -> {
            int attempt = attempts.computeIfAbsent(event.deliveryId(), k -> new AtomicInteger())
                    .incrementAndGet();
            if (failOnce.contains(event.deliveryId()) && attempt == 1) {
                throw new IllegalStateException("the first attempt of " + event.deliveryId() + " fails");
            }
            successes
                    .computeIfAbsent(event.deliveryId(), k -> new AtomicInteger())
                    .incrementAndGet();
        };
        Webhooks a = webhooks(ledger(newPool()), handler);
        Webhooks b = webhooks(ledger(newPool()), handler);

        // Each delivery is sent twice at the same moment, once to each instance.
        List<Callable<WebhookResponse>> sends = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            String id = ids.get(i);
            CountDownLatch together = new CountDownLatch(2);
            Webhooks first = i % 2 == 0 ? a : b;
            Webhooks second = first == a ? b : a;
            for (Webhooks instance : List.of(first, second)) {
                sends.add(() -> {
                    together.countDown();
                    together.await(10, TimeUnit.SECONDS);
                    return send(instance, id);
                });
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<WebhookResponse>> futures;
        try (AutoCloseable quiet = expectedWarnings()) {
            futures = threads.invokeAll(sends);
        } finally {
            threads.shutdown();
        }
        Map<String, List<WebhookResponse>> responses = new LinkedHashMap<>();
        for (int i = 0; i < futures.size(); i++) {
            responses
                    .computeIfAbsent(ids.get(i / 2), k -> new ArrayList<>())
                    .add(futures.get(i).get());
        }

        for (Map.Entry<String, List<WebhookResponse>> entry : responses.entrySet()) {
            for (WebhookResponse response : entry.getValue()) {
                assertThat(response.outcome())
                        .as("%s: %s", entry.getKey(), response)
                        .isIn(
                                DeliveryOutcome.Kind.HANDLED,
                                DeliveryOutcome.Kind.DUPLICATE,
                                DeliveryOutcome.Kind.IN_FLIGHT,
                                DeliveryOutcome.Kind.FAILED);
                if (response.outcome() == DeliveryOutcome.Kind.FAILED) {
                    assertThat(failOnce).contains(entry.getKey());
                }
            }
            assertThat(entry.getValue())
                    .filteredOn(r -> r.outcome() == DeliveryOutcome.Kind.HANDLED)
                    .as(entry.getKey())
                    .hasSizeLessThanOrEqualTo(1);
        }

        // The provider retries every delivery that got no 2xx, the way it would later.
        for (String id : ids) {
            boolean acknowledged = responses.get(id).stream().anyMatch(r -> r.status() == 200);
            for (int attempt = 0; !acknowledged && attempt < 3; attempt++) {
                WebhookResponse retry = send(attempt % 2 == 0 ? a : b, id);
                assertThat(retry.outcome()).as(id).isIn(DeliveryOutcome.Kind.HANDLED, DeliveryOutcome.Kind.DUPLICATE);
                acknowledged = retry.status() == 200;
            }
            assertThat(acknowledged).as(id).isTrue();
        }

        for (String id : ids) {
            assertThat(successes.get(id)).as("successful runs of %s", id).hasValue(1);
            assertThat(attempts.get(id)).as("runs of %s", id).hasValue(failOnce.contains(id) ? 2 : 1);
        }
        Map<String, String> states = states();
        assertThat(states).hasSize(deliveries);
        assertThat(states.values()).containsOnly("DONE");

        // Any later duplicate, on either instance, is acknowledged without running the handler.
        for (String id : ids.subList(0, 50)) {
            assertThat(send(b, id).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
            assertThat(send(a, id).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        }
        assertThat(successes.values().stream().mapToInt(AtomicInteger::get).sum())
                .isEqualTo(deliveries);
    }

    /**
     * Issue #15.11: with a 1 s lease and a 3 s handler, a retry reaching the other instance during the handler
     * took the expired lease over and ran the handler a second time, concurrently. The lease is now renewed
     * while the handler runs. Real time (the renewal runs on its own thread), so this test takes about 3 s.
     */
    @Test
    void leaseIsRenewedWhileTheHandlerRunsSoARetryOnTheOtherInstanceWaitsForIt() throws Exception {
        Duration lease = Duration.ofSeconds(1);
        JdbcDeliveryLedger ledgerA =
                builder(newPool()).lease(lease).clock(Clock.systemUTC()).build();
        JdbcDeliveryLedger ledgerB =
                builder(newPool()).lease(lease).clock(Clock.systemUTC()).build();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        WebhookHandler<LedgerTestProvider.TestEvent> slow = event -> {
            if (runs.incrementAndGet() == 1) {
                started.countDown();
                Thread.sleep(3000);
            }
        };
        Webhooks a = webhooks(ledgerA, slow);
        Webhooks b = webhooks(ledgerB, slow);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (ledgerA;
                ledgerB) {
            Future<WebhookResponse> first = thread.submit(() -> send(a, "evt_slow"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            // Well past the 1 s lease, twice: the retry on B finds the delivery still in flight.
            for (int i = 0; i < 2; i++) {
                Thread.sleep(1200);
                WebhookResponse retry = send(b, "evt_slow");
                assertThat(retry.status())
                        .as("retry %d: %s", i, retry.bodyAsString())
                        .isEqualTo(503);
                assertThat(retry.outcome()).isEqualTo(DeliveryOutcome.Kind.IN_FLIGHT);
                assertThat(retry.bodyAsString()).contains("in_flight");
            }

            assertThat(first.get(20, TimeUnit.SECONDS).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
            assertThat(send(b, "evt_slow").outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
            assertThat(runs).hasValue(1);
            assertThat(states()).containsExactly(Map.entry("evt_slow", "DONE"));
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void claimOfAnInstanceThatDiedIsTakenOverAfterTheLease() throws Exception {
        JdbcDeliveryLedger ledgerA = ledger(newPool());
        JdbcDeliveryLedger ledgerB = ledger(newPool());
        AtomicInteger runs = new AtomicInteger();
        Webhooks b = webhooks(ledgerB, event -> runs.incrementAndGet());

        // Instance A claimed the delivery, started its handler and died: nothing completes or releases it.
        Claim orphan = ledgerA.claim(PROVIDER, "evt_orphan");
        assertThat(orphan.status()).isEqualTo(Claim.Status.CLAIMED);

        WebhookResponse meanwhile = send(b, "evt_orphan");
        assertThat(meanwhile.status()).isEqualTo(503);
        assertThat(meanwhile.outcome()).isEqualTo(DeliveryOutcome.Kind.IN_FLIGHT);
        assertThat(runs).hasValue(0);

        clock.advance(LEASE);
        WebhookResponse retry = send(b, "evt_orphan");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(runs).hasValue(1);

        // A's stale claim changes nothing, and the next retry is a duplicate.
        ledgerA.release(orphan);
        ledgerA.complete(orphan);
        assertThat(tokens().get("evt_orphan")).isNotEqualTo(orphan.token());
        assertThat(send(b, "evt_orphan").outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(runs).hasValue(1);
    }

    @Test
    void unreachableDatabaseAnswers503WithoutRunningTheHandler() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Webhooks instance = webhooks(ledger, event -> runs.incrementAndGet());
        pool.goDown();

        WebhookResponse response = send(instance, "evt_1");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.reason()).contains(Reason.LEDGER_UNAVAILABLE);
        assertThat(response.headers()).containsKey("Retry-After");
        assertThat(response.bodyAsString()).doesNotContain(TABLE).doesNotContain("SQL");
        assertThat(runs).hasValue(0);

        pool.comeBack();
        assertThat(states()).isEmpty();
        assertThat(send(instance, "evt_1").outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(send(instance, "evt_1").outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(runs).hasValue(1);
    }

    @Test
    void databaseGoingAwayMidRunAnswers503AndMarksNothingDoneThatDidNotRun() throws Exception {
        TestPool poolA = newPool();
        TestPool poolB = newPool();
        int deliveries = 300;
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        WebhookHandler<LedgerTestProvider.TestEvent> handler = event -> {
            runs.computeIfAbsent(event.deliveryId(), k -> new AtomicInteger()).incrementAndGet();
            if (started.incrementAndGet() == 100) {
                poolA.goDown();
                poolB.goDown();
            }
        };
        Webhooks a = webhooks(ledger(poolA), handler);
        Webhooks b = webhooks(ledger(poolB), handler);
        List<String> ids =
                IntStream.range(0, deliveries).mapToObj(i -> "evt_" + i).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        Map<String, Future<WebhookResponse>> futures = new LinkedHashMap<>();
        try (AutoCloseable quiet = expectedWarnings()) {
            for (int i = 0; i < deliveries; i++) {
                Webhooks instance = i % 2 == 0 ? a : b;
                String id = ids.get(i);
                futures.put(id, threads.submit(() -> send(instance, id)));
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            threads.shutdownNow();
        }
        List<String> unavailable = new ArrayList<>();
        for (Map.Entry<String, Future<WebhookResponse>> entry : futures.entrySet()) {
            WebhookResponse response = entry.getValue().get();
            if (response.status() == 503) {
                assertThat(response.reason()).as(entry.getKey()).contains(Reason.LEDGER_UNAVAILABLE);
                assertThat(runs).as(entry.getKey()).doesNotContainKey(entry.getKey());
                unavailable.add(entry.getKey());
            } else {
                assertThat(response.outcome()).as(entry.getKey()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
            }
        }
        assertThat(unavailable).isNotEmpty();

        poolA.comeBack();
        poolB.comeBack();
        Map<String, String> afterOutage = states();
        for (String id : unavailable) {
            assertThat(afterOutage.get(id)).as(id).isNotEqualTo("DONE");
        }
        assertThat(afterOutage.entrySet())
                .filteredOn(e -> e.getValue().equals("DONE"))
                .allSatisfy(e -> assertThat(runs).containsKey(e.getKey()));

        // Later, the provider retries what got a 503: each runs once, on whichever instance gets it.
        clock.advance(LEASE);
        // Providers retry a 503 again and again; a connection that broke during the outage may still fail one
        // retry, so allow a few attempts (what matters: each runs exactly once in the end).
        for (int i = 0; i < unavailable.size(); i++) {
            WebhookResponse retry = send(i % 2 == 0 ? a : b, unavailable.get(i));
            for (int attempt = 1; attempt < 3 && retry.status() == 503; attempt++) {
                retry = send(attempt % 2 == 0 ? a : b, unavailable.get(i));
            }
            assertThat(retry.outcome())
                    .as(unavailable.get(i) + ": " + retry + " " + retry.bodyAsString())
                    .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        }
        assertThat(runs).hasSize(deliveries);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        Map<String, String> states = states();
        for (String id : unavailable) {
            assertThat(states.get(id)).as(id).isEqualTo("DONE");
        }
    }

    @Test
    void databaseGoingAwayAfterTheHandlerRanLeavesTheDeliveryNotDone() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Webhooks instance = webhooks(ledger, event -> {
            runs.incrementAndGet();
            pool.goDown();
        });

        // The handler succeeded, so the answer is 200; marking it done failed, so it is not done.
        List<LogRecord> warnings;
        WebhookResponse response;
        try (LogCapture log = new LogCapture()) {
            response = send(instance, "evt_1");
            warnings = log.records();
        }
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        // The ledger's own warning tells the truth about the answer: success, not 503.
        assertThat(warnings)
                .filteredOn(r -> r.getLoggerName().equals(JdbcDeliveryLedger.class.getName()))
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage())
                        .contains("complete failed")
                        .contains("the handlers ran, so the delivery is answered as a success")
                        .contains("a retry may run them again")
                        .doesNotContain("503"));
        pool.comeBack();
        assertThat(states()).containsExactly(Map.entry("evt_1", "IN_FLIGHT"));
        assertThat(send(instance, "evt_1").outcome()).isEqualTo(DeliveryOutcome.Kind.IN_FLIGHT);
        assertThat(runs).hasValue(1);
    }

    /** Collects what the pipeline's and the ledger's loggers log (at any level) while open. */
    static final class LogCapture extends Handler implements AutoCloseable {
        private final List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<java.util.logging.Logger> loggers = List.of(
                java.util.logging.Logger.getLogger("io.webhooks4j.Webhooks"),
                java.util.logging.Logger.getLogger(JdbcDeliveryLedger.class.getName()));
        private final List<Boolean> useParent = new ArrayList<>();

        LogCapture() {
            for (java.util.logging.Logger logger : loggers) {
                useParent.add(logger.getUseParentHandlers());
                logger.setUseParentHandlers(false);
                logger.addHandler(this);
            }
        }

        List<LogRecord> records() {
            return List.copyOf(records);
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).removeHandler(this);
                loggers.get(i).setUseParentHandlers(useParent.get(i));
            }
        }
    }
}
