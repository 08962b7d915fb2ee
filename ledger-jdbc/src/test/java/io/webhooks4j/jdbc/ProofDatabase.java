package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.webhooks4j.inbox.InboxState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One proof's own inbox table on the real PostgreSQL ({@link PostgresTestDatabase}), created fresh (dropped first),
 * the connection pools of its "application instances", and an inspection connection of the test's own that no
 * outage touches.
 */
final class ProofDatabase implements AutoCloseable {
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/:,?]+)(?::(\\d+))?(/.*)");

    private final String table;
    private final Connection admin;
    private final List<TestPool> pools = new ArrayList<>();

    /** A row as the database holds it (the columns the proofs look at). */
    record Row(
            long id,
            String deliveryId,
            InboxState state,
            int attempts,
            Long nextAttemptAt,
            String lastError,
            String leaseOwner,
            Long leaseUntil,
            Long completedAt) {}

    ProofDatabase(String table) throws SQLException {
        this.table = table;
        this.admin = PostgresTestDatabase.open();
        execute("DROP TABLE IF EXISTS " + table);
        try (TestPool setup = new TestPool(PostgresTestDatabase::open)) {
            JdbcInbox.builder().dataSource(setup).tableName(table).build().createSchema();
        }
    }

    String table() {
        return table;
    }

    /** A new connection pool of an application instance, straight to the database. */
    TestPool pool() {
        return pool(PostgresTestDatabase::open);
    }

    /** A new connection pool of an application instance whose connections {@code opener} opens. */
    TestPool pool(TestPool.Opener opener) {
        TestPool pool = new TestPool(opener);
        pools.add(pool);
        return pool;
    }

    /** An inbox on this table, on {@code pool}. */
    JdbcInbox inbox(TestPool pool) {
        return JdbcInbox.builder().dataSource(pool).tableName(table).build();
    }

    /** How many rows are in each state (every state a key). */
    Map<InboxState, Long> counts() throws SQLException {
        Map<InboxState, Long> counts = new EnumMap<>(InboxState.class);
        for (InboxState state : InboxState.values()) {
            counts.put(state, 0L);
        }
        try (Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT state, COUNT(*) FROM " + table + " GROUP BY state")) {
            while (rs.next()) {
                counts.put(InboxState.fromCode(rs.getString(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    long count(InboxState state) throws SQLException {
        return counts().get(state);
    }

    /** Every row, by delivery id. */
    Map<String, Row> rows() throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, delivery_id, state, attempts, next_attempt_at, last_error, lease_owner,"
                                + " lease_until, completed_at FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                Row row = new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        InboxState.fromCode(rs.getString(3)),
                        rs.getInt(4),
                        (Long) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7),
                        (Long) rs.getObject(8),
                        (Long) rs.getObject(9));
                assertThat(rows.put(row.deliveryId(), row))
                        .as("delivery %s stored twice", row.deliveryId())
                        .isNull();
            }
        }
        return rows;
    }

    /** The stored delivery ids that are in {@code state}. */
    List<String> deliveryIds(InboxState state) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps =
                admin.prepareStatement("SELECT delivery_id FROM " + table + " WHERE state = ? ORDER BY id")) {
            ps.setString(1, state.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    void execute(String sql) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        pools.forEach(TestPool::close);
        admin.close();
    }

    // ---- connecting through something else (a TCP proxy)

    /** The host of {@code WEBHOOKS4J_PG_URL}. */
    static String host() {
        return urlPart(1);
    }

    /** The port of {@code WEBHOOKS4J_PG_URL} (5432 when it names none). */
    static int port() {
        String port = urlPart(2);
        return port == null ? 5432 : Integer.parseInt(port);
    }

    /** A new connection to the test database through {@code host:port} instead of the URL's own address. */
    static Connection openVia(String host, int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + urlPart(3), credentials());
    }

    private static String urlPart(int group) {
        String url = System.getenv("WEBHOOKS4J_PG_URL");
        Matcher m = POSTGRES_URL.matcher(url == null ? "" : url);
        if (!m.matches()) {
            fail("WEBHOOKS4J_PG_URL is not jdbc:postgresql://host[:port]/database, as the proofs need to put a proxy"
                    + " in front of it (start-postgres.sh prints such a URL)");
        }
        return m.group(group);
    }

    /** The credentials of {@link PostgresTestDatabase}, read from the same environment. */
    static Properties credentials() {
        Properties p = new Properties();
        String user = System.getenv("WEBHOOKS4J_PG_USER");
        String password = System.getenv("WEBHOOKS4J_PG_PASSWORD");
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "5");
        p.setProperty("socketTimeout", "30");
        return p;
    }

    // ---- waiting

    /**
     * Polls {@code condition} every 50 ms until it holds; fails after {@code timeout} naming {@code what} and what
     * {@code state} says then. For the tests' waits: generous timeouts, never a sleep that asserts.
     */
    static void awaitTrue(String what, Duration timeout, Callable<Boolean> condition, Supplier<String> state)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what + "; " + state.get());
            }
            Thread.sleep(50);
        }
    }
}
