package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcInbox} on a real database: the inbox contract, then what only a database shows (the row format, the
 * schema files, locks held elsewhere, the database going away). Each test starts from an empty table; the two
 * "application instances" ({@link #inbox} and {@link #sameStore()}) have their own connection pools.
 */
abstract class AbstractJdbcInboxTest extends AbstractInboxContractTest {
    static final String TABLE = "webhooks4j_inbox_test";

    private static Connection admin;
    private static boolean tableCreated;
    private final List<TestPool> pools = new ArrayList<>();
    TestPool pool;
    JdbcInbox jdbc;
    private JdbcInbox other;

    /** A new physical connection to the shared test database. */
    abstract Connection openConnection() throws SQLException;

    abstract Dialect expectedDialect();

    /** Aborts (skips) the test when the database is not available here; the default runs every test. */
    void assumeDatabase() {}

    JdbcInbox.Builder builder(DataSource dataSource) {
        return JdbcInbox.builder().dataSource(dataSource).tableName(TABLE);
    }

    @Override
    Inbox newInbox() throws SQLException {
        assumeDatabase();
        pool = newPool();
        jdbc = builder(pool).build();
        other = builder(newPool()).build();
        if (!tableCreated) {
            // A table left by an earlier run may have an older schema.
            execute("DROP TABLE IF EXISTS " + TABLE);
            tableCreated = true;
        }
        jdbc.createSchema();
        execute("DELETE FROM " + TABLE);
        return jdbc;
    }

    @Override
    Inbox sameStore() {
        return other;
    }

    @Override
    boolean durable() {
        return true;
    }

    @AfterEach
    void closePools() {
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

    TestPool newPool() {
        TestPool p = new TestPool(this::openConnection);
        pools.add(p);
        return p;
    }

    /** The test's own connection for set-up and inspection, outside the pools a "database outage" breaks. */
    Connection admin() throws SQLException {
        if (admin == null) {
            admin = openConnection();
        }
        return admin;
    }

    void execute(String sql) throws SQLException {
        try (Statement s = admin().createStatement()) {
            s.execute(sql);
        }
    }

    /** Column name (lower case) to value, of the row {@code id}, as the database holds it. */
    Map<String, Object> row(long id) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (PreparedStatement ps = admin().prepareStatement("SELECT * FROM " + TABLE + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row %s", id).isTrue();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String name = rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    Object value = name.equals("body") ? rs.getBytes(i) : rs.getObject(i);
                    out.put(name, value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value);
                }
            }
        }
        return out;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    // ---- the database

    @Test
    void speaksTheDialectOfTheDatabase() {
        assertThat(jdbc.dialect()).isEqualTo(expectedDialect());
        assertThat(jdbc).hasToString("JdbcInbox[table=" + TABLE + ", dialect=" + expectedDialect() + "]");
    }

    @Test
    void rowHoldsEpochMillisStateCodesJsonHeadersAndTheExactBody() throws Exception {
        long id = store(delivery(PROVIDER, "evt_1", at(5).plusMillis(7)));
        Map<String, Object> stored = row(id);
        assertThat(number(stored.get("received_at")))
                .isEqualTo(at(5).plusMillis(7).toEpochMilli());
        assertThat(number(stored.get("next_attempt_at")))
                .isEqualTo(at(5).plusMillis(7).toEpochMilli());
        assertThat(number(stored.get("due_at"))).isEqualTo(at(5).plusMillis(7).toEpochMilli());
        assertThat(stored.get("state")).isEqualTo("pending");
        assertThat(number(stored.get("attempts"))).isZero();
        assertThat(stored.get("signed_at")).isNull();
        assertThat(stored.get("lease_until")).isNull();
        assertThat(String.valueOf(stored.get("headers")))
                .isEqualTo(
                        "{\"Content-Type\":[\"application/json\"],\"X-Test-Signature\":[\"" + HEADER_MARKER + "\"]}");
        assertThat((byte[]) stored.get("body"))
                .isEqualTo(delivery("evt_1").body().toByteArray());

        claimOne(id, "w1", at(10));
        Map<String, Object> claimed = row(id);
        assertThat(claimed.get("state")).isEqualTo("claimed");
        assertThat(claimed.get("lease_owner")).isEqualTo("w1");
        assertThat(number(claimed.get("lease_until"))).isEqualTo(at(70).toEpochMilli());
        assertThat(number(claimed.get("due_at")))
                .as("a claim is due again when its lease lapses")
                .isEqualTo(at(70).toEpochMilli());
        assertThat(claimed.get("next_attempt_at")).isNull();

        assertThat(jdbc.complete(id, "w1", at(11))).isTrue();
        Map<String, Object> done = row(id);
        assertThat(done.get("state")).isEqualTo("done");
        assertThat(done.get("due_at")).isNull();
        assertThat(number(done.get("completed_at"))).isEqualTo(at(11).toEpochMilli());
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        long id = store(delivery(PROVIDER, "evt_1", T0.plusNanos(1_234_567)));
        assertThat(find(id).receivedAt()).isEqualTo(T0.plusMillis(1));
    }

    @Test
    void keysTheColumnCannotHoldVerbatimAreStoredAsTheirSha256AndStayDistinct() throws Exception {
        String longKey = "evt_" + "x".repeat(600) + "1";
        String sibling = "evt_" + "x".repeat(600) + "2";
        String nonAscii = "\u00e9v\u00e8nement-\uD83D\uDE00";
        long a = store(keyed(longKey));
        long b = store(keyed(sibling));
        long c = store(keyed(nonAscii));
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        assertThat(jdbc.store(keyed(longKey))).isEqualTo(new Inbox.StoreResult(a, true));
        assertThat(jdbc.store(keyed(nonAscii))).isEqualTo(new Inbox.StoreResult(c, true));
        assertThat(find(a).deduplicationKey()).isEqualTo(AbstractJdbcDeliveryLedgerTest.sha256Key(longKey));
        assertThat(find(c).deduplicationKey()).isEqualTo(AbstractJdbcDeliveryLedgerTest.sha256Key(nonAscii));
        String signedContent = "sc1:" + "ab".repeat(32);
        assertThat(find(store(signedContent)).deduplicationKey()).isEqualTo(signedContent);
    }

    /** A delivery with {@code key} as its de-duplication key and a short delivery id. */
    static NewDelivery keyed(String key) {
        NewDelivery d = delivery(key);
        return new NewDelivery(
                d.provider(), key, d.eventType(), "d1", d.url(), d.headers(), d.body(), d.keyId(), null, T0);
    }

    @Test
    void namesLongerThanTheirColumnAreRefusedBeforeTheDatabase() {
        NewDelivery d = delivery("evt_1");
        // NewDelivery itself refuses an event type longer than the column; the inbox checks again for a
        // NewDelivery it did not build (its own check names the column)
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NewDelivery(
                        d.provider(),
                        d.deduplicationKey(),
                        "t".repeat(256),
                        d.deliveryId(),
                        d.url(),
                        d.headers(),
                        d.body(),
                        d.keyId(),
                        null,
                        T0))
                .withMessageContaining("eventType");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> jdbc.store(delivery("p".repeat(65), "evt_1", T0)))
                .withMessageContaining("provider");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> jdbc.claim("o".repeat(256), 1, T0, LEASE))
                .withMessageContaining("owner");
        assertThat(jdbc.counts()).containsEntry(InboxState.PENDING, 0L);
    }

    @Test
    void errorsWithNulOrHalfASurrogatePairAreStoredReadably() {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        assertThat(jdbc.fail(id, "w1", "bad\u0000byte \uD83D and \uD83D\uDE00", at(5), T0))
                .isTrue();
        assertThat(find(id).lastError()).isEqualTo("bad\uFFFDbyte \uFFFD and \uD83D\uDE00");
    }

    @Test
    void rowLockedByAnotherTransactionIsSkippedNotWaitedFor() throws Exception {
        long first = store(delivery(PROVIDER, "evt_1", T0));
        long second = store(delivery(PROVIDER, "evt_2", at(1)));
        try (Connection locker = openConnection()) {
            locker.setAutoCommit(false);
            try (PreparedStatement ps =
                    locker.prepareStatement("SELECT id FROM " + TABLE + " WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, first);
                ps.executeQuery().close();
            }
            long start = System.nanoTime();
            assertThat(jdbc.claim("w1", 10, at(2), LEASE))
                    .extracting(InboxDelivery::id)
                    .containsExactly(second);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
            locker.rollback();
        }
        assertThat(jdbc.claim("w2", 10, at(2), LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(first);
    }

    @Test
    void connectionHandedOutWithAutoCommitOffStillCommitsEachStep() throws Exception {
        TestPool manual = new TestPool(() -> {
            Connection c = openConnection();
            c.setAutoCommit(false);
            return c;
        });
        pools.add(manual);
        JdbcInbox onManual = builder(manual).build();
        long id = onManual.store(delivery("evt_1")).id();
        assertThat(onManual.claim("w1", 1, T0, LEASE)).hasSize(1);
        assertThat(onManual.complete(id, "w1", at(1))).isTrue();
        assertThat(sameStore().find(id).orElseThrow().state()).isEqualTo(InboxState.DONE);
        try (Connection c = manual.getConnection()) {
            assertThat(c.getAutoCommit()).as("auto-commit restored").isFalse();
        }
    }

    // ---- the schema

    @Test
    void createSchemaIsIdempotent() {
        jdbc.createSchema();
        jdbc.createSchema();
        assertThat(jdbc.store(delivery("evt_1")).duplicate()).isFalse();
    }

    @Test
    void shippedSchemaCreatesAWorkingTable() throws Exception {
        execute("DROP TABLE IF EXISTS " + TABLE);
        for (String statement : JdbcInbox.schemaSql(expectedDialect(), TABLE).split(";")) {
            String sql = statement.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
            if (!sql.isBlank()) {
                execute(sql);
            }
        }
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        assertThat(jdbc.complete(id, "w1", at(1))).isTrue();
        assertThat(jdbc.store(delivery("evt_1"))).isEqualTo(new Inbox.StoreResult(id, true));
    }

    @Test
    void tableNameIsConfigurableAndMayNameASchema() throws Exception {
        execute("CREATE SCHEMA IF NOT EXISTS wh4j_schema");
        execute("DROP TABLE IF EXISTS wh4j_schema.custom_inbox");
        JdbcInbox custom = builder(pool).tableName("wh4j_schema.custom_inbox").build();
        custom.createSchema();
        long id = custom.store(delivery("evt_1")).id();
        assertThat(custom.store(delivery("evt_1"))).isEqualTo(new Inbox.StoreResult(id, true));
        assertThat(jdbc.store(delivery("evt_1")).duplicate()).isFalse();
        assertThat(custom.claim("w1", 5, T0, LEASE))
                .extracting(InboxDelivery::id)
                .containsExactly(id);
        execute("DROP TABLE wh4j_schema.custom_inbox");
    }

    // ---- the database goes away

    @Test
    void everyOperationOnAnUnreachableDatabaseIsInboxUnavailableNamingIt() throws Exception {
        long id = store("evt_1");
        claimOne(id, "w1", T0);
        InboxDelivery before = find(id);
        pool.goDown();

        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("store", () -> jdbc.store(delivery("evt_2")));
        calls.put("claim", () -> jdbc.claim("w1", 5, T0, LEASE));
        calls.put("renew", () -> jdbc.renew(id, "w1", at(100)));
        calls.put("complete", () -> jdbc.complete(id, "w1", at(1)));
        calls.put("fail", () -> jdbc.fail(id, "w1", "x", at(5), at(1)));
        calls.put("kill", () -> jdbc.kill(id, "w1", "x", at(1)));
        calls.put("find", () -> jdbc.find(id));
        calls.put("list", () -> jdbc.list(InboxQuery.all()));
        calls.put("retry", () -> jdbc.retry(id, at(1)));
        calls.put("retry dead", () -> jdbc.retryDead(at(1)));
        calls.put("replay", () -> jdbc.replay(T0, at(1)));
        calls.put("purge", () -> jdbc.purge(InboxState.DONE, at(1)));
        calls.put("count", () -> jdbc.counts());
        calls.put("oldest due", () -> jdbc.oldestDue(at(1)));
        calls.put("create the inbox table", () -> jdbc.createSchema());
        for (Map.Entry<String, ThrowingCallable> call : calls.entrySet()) {
            assertThatExceptionOfType(InboxUnavailableException.class)
                    .as(call.getKey())
                    .isThrownBy(call.getValue())
                    .withMessageStartingWith("The inbox is unavailable: " + call.getKey())
                    .withMessageNotContaining(BODY_MARKER)
                    .withMessageNotContaining(HEADER_MARKER)
                    .withMessageNotContaining(TABLE)
                    .withCauseInstanceOf(SQLException.class);
        }

        pool.comeBack();
        assertThat(find(id)).isEqualTo(before);
        assertThat(jdbc.counts()).containsEntry(InboxState.CLAIMED, 1L).containsEntry(InboxState.PENDING, 0L);
        assertThat(jdbc.complete(id, "w1", at(1))).isTrue();
    }

    @Test
    void dataSourceWhoseConnectionsFailGivesInboxUnavailable() {
        TestPool refusing = new TestPool(() -> {
            throw new SQLException("Connection refused", "08001");
        });
        pools.add(refusing);
        JdbcInbox unreachable = builder(refusing).build();
        assertThatExceptionOfType(InboxUnavailableException.class)
                .isThrownBy(() -> unreachable.store(delivery("evt_1")))
                .withMessage("The inbox is unavailable: store failed (SQLState 08001)")
                .withCauseInstanceOf(SQLException.class);
        assertThatExceptionOfType(InboxUnavailableException.class)
                .isThrownBy(() -> unreachable.claim("w1", 1, T0, Duration.ofSeconds(30)))
                .withMessageStartingWith("The inbox is unavailable: claim failed");
    }

    @Test
    void missingTableIsInboxUnavailableWithoutNamingIt() {
        JdbcInbox wrong = builder(pool).tableName("no_such_inbox_table").build();
        assertThatExceptionOfType(InboxUnavailableException.class)
                .isThrownBy(() -> wrong.store(delivery("evt_1")))
                .withCauseInstanceOf(SQLException.class)
                .withMessageNotContaining("no_such_inbox_table");
    }
}
