package io.webhooks4j.jdbc;

import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link DeliveryLedger} in a relational database table, shared by every instance of an application that
 * uses the same database: a provider's duplicate delivery runs once even when the retry reaches another
 * instance. Plain {@code java.sql} on a {@link DataSource} (give it a pooled one), for PostgreSQL,
 * MySQL/MariaDB and H2.
 *
 * <pre>{@code
 * JdbcDeliveryLedger ledger = JdbcDeliveryLedger.builder()
 *     .dataSource(dataSource)
 *     .lease(Duration.ofMinutes(5))      // renewed while handlers run; how long a crash holds a delivery
 *     .retention(Duration.ofHours(72))   // longer than the provider's retry window
 *     .build();
 * ledger.createTableIfMissing();        // or run schema-<dialect>.sql with your migrations
 * Webhooks webhooks = Webhooks.builder().provider(...).ledger(ledger).build();
 * }</pre>
 *
 * <p>A claim inserts the row (provider, delivery key) in one atomic statement ({@code INSERT ... ON CONFLICT
 * DO NOTHING} on PostgreSQL, {@code INSERT IGNORE} on MySQL, a plain insert whose duplicate-key error is
 * expected on H2); when the row exists and its lease or retention has expired, a conditional {@code UPDATE}
 * takes it over. Each claim carries a random token, so only its holder completes (marks done) or releases
 * (deletes) it. Every statement runs in its own transaction (auto-commit), so the database's row locking
 * makes claims atomic across instances.
 *
 * <p>Times are computed from the {@link Clock} of each instance and stored as epoch milliseconds: keep the
 * instances' clocks in sync to well within the lease. A claim whose lease expired is taken over by the next
 * attempt. While its handlers run, the ledger renews each claim it handed out: a daemon thread extends the
 * lease of every outstanding claim every third of the lease (only while the row still carries the claim's
 * token), until the claim is completed or released, so a retry reaching another instance during a slow
 * handler is answered 503 instead of running the handler a second time. A claim whose instance died is no
 * longer renewed and is taken over once its lease has lapsed. {@link #close()} stops the renewal.
 *
 * <p>Delivery keys longer than {@value #MAX_KEY_LENGTH} characters, or holding anything but printable ASCII
 * without spaces, or starting with {@code sha256:}, are stored as {@code sha256:} followed by the lowercase hex SHA-256 of their
 * UTF-8 bytes, so any key fits the column and keys stay distinct.
 *
 * <p>When the database cannot be reached or a statement fails, the methods throw {@link WebhookException}
 * with {@link Reason#LEDGER_UNAVAILABLE} and the {@link SQLException} as cause: the pipeline answers 503, the
 * provider retries, and nothing is marked done. Rows do not delete themselves: call {@link #purgeExpired()}
 * from a scheduler (hourly is plenty). Thread-safe; build one per application.
 */
public final class JdbcDeliveryLedger implements DeliveryLedger, AutoCloseable {
    /** The default table name, as in the shipped schema files. */
    public static final String DEFAULT_TABLE_NAME = "webhooks4j_delivery";

    /** The widest delivery key stored as is (the {@code delivery_key} column's size). */
    public static final int MAX_KEY_LENGTH = 191;

    /** The widest provider id (the {@code provider} column's size). */
    public static final int MAX_PROVIDER_LENGTH = 64;

    static final String HASH_PREFIX = "sha256:";

    private static final System.Logger LOG = System.getLogger(JdbcDeliveryLedger.class.getName());
    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String DONE = "DONE";
    private static final int MAX_ATTEMPTS = 3;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,47}");
    private static final Set<String> RESERVED = Set.of(
            "ALL",
            "AND",
            "ANY",
            "AS",
            "ASC",
            "BETWEEN",
            "BY",
            "CASE",
            "CHECK",
            "COLUMN",
            "CONSTRAINT",
            "CREATE",
            "CROSS",
            "CURRENT",
            "DEFAULT",
            "DELETE",
            "DESC",
            "DISTINCT",
            "DROP",
            "ELSE",
            "END",
            "EXISTS",
            "FALSE",
            "FOR",
            "FOREIGN",
            "FROM",
            "FULL",
            "GRANT",
            "GROUP",
            "HAVING",
            "IN",
            "INDEX",
            "INNER",
            "INSERT",
            "INTERSECT",
            "INTO",
            "IS",
            "JOIN",
            "KEY",
            "LEFT",
            "LIKE",
            "LIMIT",
            "NATURAL",
            "NOT",
            "NULL",
            "OFFSET",
            "ON",
            "OR",
            "ORDER",
            "OUTER",
            "PRIMARY",
            "REFERENCES",
            "RIGHT",
            "ROW",
            "ROWS",
            "SELECT",
            "SET",
            "TABLE",
            "THEN",
            "TO",
            "TRUE",
            "UNION",
            "UNIQUE",
            "UPDATE",
            "USER",
            "USING",
            "VALUES",
            "WHEN",
            "WHERE",
            "WITH");

    private final DataSource dataSource;
    private final String tableName;
    private final Duration lease;
    private final Duration retention;
    private final Clock clock;
    private final int queryTimeoutSeconds;
    private final String takeOverSql;
    private final String stateSql;
    private final String completeSql;
    private final String releaseSql;
    private final String purgeSql;
    private final String existsSql;
    private final String renewSql;
    private final long renewEveryMillis;
    private final Set<Claim> outstanding = ConcurrentHashMap.newKeySet();
    private final Object renewerLock = new Object();
    private ScheduledExecutorService renewer;
    private volatile boolean closed;
    private volatile boolean renewalFailing;
    private volatile Dialect dialect;

    /** The SQL dialects this ledger speaks. */
    public enum Dialect {
        /** PostgreSQL 9.5 or later: {@code INSERT ... ON CONFLICT DO NOTHING}. */
        POSTGRESQL("postgresql"),
        /** MySQL 5.7+ and MariaDB 10.3+: {@code INSERT IGNORE}. */
        MYSQL("mysql"),
        /** H2 2.x (any compatibility mode): a plain insert; the duplicate-key error means "already there". */
        H2("h2");

        private final String resourceSuffix;

        Dialect(String resourceSuffix) {
            this.resourceSuffix = resourceSuffix;
        }

        /**
         * The dialect of a database, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
         *
         * @throws IllegalStateException for a database this ledger does not support
         */
        public static Dialect fromProductName(String productName) {
            String name = String.valueOf(productName).toLowerCase(Locale.ROOT);
            if (name.contains("postgres")) {
                return POSTGRESQL;
            }
            if (name.contains("mysql") || name.contains("mariadb")) {
                return MYSQL;
            }
            if (name.equals("h2") || name.startsWith("h2 ")) {
                return H2;
            }
            throw new IllegalStateException("The delivery ledger supports PostgreSQL, MySQL/MariaDB and H2, not '"
                    + productName + "'; a database that speaks one of their dialects can be used with"
                    + " JdbcDeliveryLedger.builder().dialect(...)");
        }

        /** The class-path resource with this dialect's schema, for the default table name. */
        public String schemaResource() {
            return "/io/webhooks4j/jdbc/schema-" + resourceSuffix + ".sql";
        }

        String insertSql(String table) {
            String columns =
                    "(provider, delivery_key, state, token, expires_at) VALUES (?, ?, '" + IN_FLIGHT + "', ?, ?)";
            return switch (this) {
                case POSTGRESQL ->
                    "INSERT INTO " + table + " " + columns + " ON CONFLICT (provider, delivery_key) DO NOTHING";
                case MYSQL -> "INSERT IGNORE INTO " + table + " " + columns;
                case H2 -> "INSERT INTO " + table + " " + columns;
            };
        }
    }

    private JdbcDeliveryLedger(Builder b) {
        this.dataSource = b.dataSource;
        this.tableName = b.tableName;
        this.lease = b.lease;
        this.retention = b.retention;
        this.clock = b.clock;
        this.queryTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, ceilSeconds(b.queryTimeout));
        this.dialect = b.dialect;
        String t = tableName;
        this.takeOverSql = "UPDATE " + t + " SET state = '" + IN_FLIGHT + "', token = ?, expires_at = ?"
                + " WHERE provider = ? AND delivery_key = ? AND expires_at <= ?";
        this.stateSql = "SELECT state FROM " + t + " WHERE provider = ? AND delivery_key = ?";
        this.completeSql = "UPDATE " + t + " SET state = '" + DONE + "', expires_at = ?"
                + " WHERE provider = ? AND delivery_key = ? AND token = ?";
        this.releaseSql = "DELETE FROM " + t + " WHERE provider = ? AND delivery_key = ? AND token = ? AND state = '"
                + IN_FLIGHT + "'";
        this.purgeSql = "DELETE FROM " + t + " WHERE expires_at <= ?";
        this.existsSql = "SELECT 1 FROM " + t + " WHERE 1 = 0";
        this.renewSql = "UPDATE " + t + " SET expires_at = ? WHERE provider = ? AND delivery_key = ? AND token = ?"
                + " AND state = '" + IN_FLIGHT + "'";
        this.renewEveryMillis = Math.max(1, lease.toMillis() / 3);
    }

    /** A ledger on {@code dataSource} with the defaults (table {@value #DEFAULT_TABLE_NAME}). */
    public static JdbcDeliveryLedger create(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Claims a delivery. A {@link Claim.Status#CLAIMED CLAIMED} claim's lease is renewed every third of the
     * lease until it is {@linkplain #complete completed} or {@linkplain #release released} (or this ledger is
     * closed).
     *
     * @throws WebhookException with {@link Reason#LEDGER_UNAVAILABLE} when the database fails or this ledger
     *     was closed
     */
    @Override
    public Claim claim(String provider, String deliveryId) {
        checkProvider(provider);
        Objects.requireNonNull(deliveryId, "deliveryId");
        if (closed) {
            throw new WebhookException(Reason.LEDGER_UNAVAILABLE, "The delivery ledger is closed; retry later");
        }
        String key = storedKey(deliveryId);
        Claim claim = withConnection("claim", CLAIM_FAILED, connection -> {
            Dialect d = dialect(connection);
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                long now = clock.millis();
                String token = UUID.randomUUID().toString();
                long expires = plus(now, lease);
                if (insert(connection, d, provider, key, token, expires)
                        || takeOver(connection, provider, key, token, expires, now)) {
                    return new Claim(provider, deliveryId, Claim.Status.CLAIMED, token);
                }
                String state = state(connection, provider, key);
                if (state != null) {
                    return new Claim(
                            provider,
                            deliveryId,
                            DONE.equals(state) ? Claim.Status.DONE : Claim.Status.IN_FLIGHT,
                            null);
                }
                // Released or purged between our statements: try again.
            }
            // Other requests keep claiming and releasing it right now: the provider's retry will get it.
            return new Claim(provider, deliveryId, Claim.Status.IN_FLIGHT, null);
        });
        if (holds(claim)) {
            renewWhileOutstanding(claim);
        }
        return claim;
    }

    /**
     * Marks a claim done, for the retention period. A claim that is not {@link Claim.Status#CLAIMED CLAIMED}
     * by this kind of ledger is ignored. When the claim's lease had expired and another request took the
     * delivery over, nothing changes (and a warning is logged: the lease is shorter than the handler).
     */
    @Override
    public void complete(Claim claim) {
        if (!holds(claim)) {
            return;
        }
        outstanding.remove(claim);
        String key = storedKey(claim.deliveryId());
        int updated = withConnection("complete", completeFailed(), connection -> {
            try (PreparedStatement ps = prepare(connection, completeSql)) {
                ps.setLong(1, plus(clock.millis(), retention));
                ps.setString(2, claim.provider());
                ps.setString(3, key);
                ps.setString(4, claim.token());
                return ps.executeUpdate();
            }
        });
        if (updated == 0) {
            LOG.log(
                    Level.WARNING,
                    () -> "Delivery " + claim.provider() + " " + claim.deliveryId() + " was taken over by another"
                            + " request after its lease of " + lease + " expired (it was not renewed in time),"
                            + " before its handlers finished; it may have run twice.");
        }
    }

    /** Deletes a claim so the next attempt of the delivery is processed. Ignores claims it does not hold. */
    @Override
    public void release(Claim claim) {
        if (!holds(claim)) {
            return;
        }
        outstanding.remove(claim);
        String key = storedKey(claim.deliveryId());
        withConnection("release", releaseFailed(), connection -> {
            try (PreparedStatement ps = prepare(connection, releaseSql)) {
                ps.setString(1, claim.provider());
                ps.setString(2, key);
                ps.setString(3, claim.token());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Deletes the rows whose retention (done) or lease (in flight) has ended. Call it from a scheduler.
     *
     * @return the number of rows deleted
     */
    public int purgeExpired() {
        return withConnection("purge", "nothing was deleted; the next purge tries again", connection -> {
            try (PreparedStatement ps = prepare(connection, purgeSql)) {
                ps.setLong(1, clock.millis());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Stops renewing the leases of the claims this ledger handed out (they lapse after the lease, so another
     * instance takes them over) and refuses new claims with {@link Reason#LEDGER_UNAVAILABLE}. Does not close
     * the data source. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        ScheduledExecutorService r;
        synchronized (renewerLock) {
            r = renewer;
            renewer = null;
        }
        if (r != null) {
            r.shutdownNow();
        }
        outstanding.clear();
    }

    private void renewWhileOutstanding(Claim claim) {
        outstanding.add(claim);
        synchronized (renewerLock) {
            if (closed) {
                outstanding.remove(claim);
                return;
            }
            if (renewer == null) {
                renewer = Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "webhooks4j-jdbc-lease-renewal[" + tableName + "]");
                    thread.setDaemon(true);
                    return thread;
                });
                renewer.scheduleWithFixedDelay(
                        this::renewOutstanding, renewEveryMillis, renewEveryMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Extends the lease of every outstanding claim, on the renewal thread. Never throws. */
    void renewOutstanding() {
        if (outstanding.isEmpty() || closed) {
            return;
        }
        List<Claim> claims = List.copyOf(outstanding);
        try {
            List<Claim> lost = withConnection("renew leases", null, connection -> {
                List<Claim> gone = new ArrayList<>();
                try (PreparedStatement ps = prepare(connection, renewSql)) {
                    for (Claim claim : claims) {
                        ps.setLong(1, plus(clock.millis(), lease));
                        ps.setString(2, claim.provider());
                        ps.setString(3, storedKey(claim.deliveryId()));
                        ps.setString(4, claim.token());
                        if (ps.executeUpdate() == 0) {
                            gone.add(claim);
                        }
                    }
                }
                return gone;
            });
            if (renewalFailing) {
                renewalFailing = false;
                LOG.log(Level.INFO, () -> "Delivery ledger table " + tableName + ": lease renewal works again");
            }
            for (Claim claim : lost) {
                // Completed or released in the meantime: nothing to say. Still outstanding: someone else has it.
                if (outstanding.remove(claim)) {
                    LOG.log(
                            Level.WARNING,
                            () -> "Delivery " + claim.provider() + " " + claim.deliveryId() + " is no longer held by"
                                    + " this instance (its lease of " + lease + " lapsed before it was renewed, or"
                                    + " the row was purged); another request may run its handlers again");
                }
            }
        } catch (RuntimeException e) {
            // Once per outage at WARNING (the renewal runs every third of the lease), then at DEBUG.
            Level level = renewalFailing ? Level.DEBUG : Level.WARNING;
            renewalFailing = true;
            String state = e.getCause() instanceof SQLException sql ? sql.getSQLState() : null;
            LOG.log(
                    level,
                    "Delivery ledger table " + tableName + ": renewing the leases of " + claims.size()
                            + " deliveries in flight failed (SQLState " + state + "); if this lasts longer than the"
                            + " lease of " + lease + ", a retry may run their handlers again",
                    e);
        }
    }

    /** How many claims this ledger is renewing right now (for tests). */
    int outstandingClaims() {
        return outstanding.size();
    }

    /**
     * Creates the table and its index when they do not exist, with this dialect's schema ({@link
     * #schemaSql()}). Safe to call from several instances at start-up. Production databases usually get the
     * schema from their migrations instead.
     */
    public void createTableIfMissing() {
        withConnection("create table", "", connection -> {
            for (String statement : statements(schemaSql(dialect(connection)))) {
                try (Statement s = connection.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    // Another instance creating it at the same moment can make IF NOT EXISTS fail.
                    if (!tableExists(connection)) {
                        throw e;
                    }
                    LOG.log(Level.DEBUG, () -> "Ignored a failure of '" + statement + "': the table exists", e);
                }
            }
            return null;
        });
    }

    /** The schema (DDL) for this ledger's table and dialect; detects the dialect if it was not set. */
    public String schemaSql() {
        return schemaSql(dialect());
    }

    /** The schema (DDL) of {@code dialect} for a table named {@code tableName}. */
    public static String schemaSql(Dialect dialect, String tableName) {
        Objects.requireNonNull(dialect, "dialect");
        checkTableName(tableName);
        String text = readResource(dialect.schemaResource());
        int dot = tableName.lastIndexOf('.');
        String index = (dialect == Dialect.H2 ? tableName : tableName.substring(dot + 1)) + "_expires_idx";
        text = text.replaceAll("\\b" + DEFAULT_TABLE_NAME + "_expires_idx\\b", Matcher.quoteReplacement(index));
        return text.replaceAll("\\b" + DEFAULT_TABLE_NAME + "\\b", Matcher.quoteReplacement(tableName));
    }

    private String schemaSql(Dialect d) {
        return schemaSql(d, tableName);
    }

    /** The dialect: the one set on the builder, or the one detected from the database (connects once). */
    public Dialect dialect() {
        Dialect d = dialect;
        return d != null ? d : withConnection("detect dialect", "", this::dialect);
    }

    public String tableName() {
        return tableName;
    }

    public Duration lease() {
        return lease;
    }

    public Duration retention() {
        return retention;
    }

    /**
     * How a delivery key is stored: as is when it is at most {@value #MAX_KEY_LENGTH} printable ASCII
     * characters other than space (MySQL's collations ignore trailing spaces) and does not start with {@code sha256:}, otherwise {@code sha256:} and the lowercase hex
     * SHA-256 of its UTF-8 bytes.
     */
    static String storedKey(String deliveryId) {
        if (deliveryId.length() <= MAX_KEY_LENGTH && !deliveryId.startsWith(HASH_PREFIX)) {
            boolean printable = true;
            for (int i = 0; i < deliveryId.length() && printable; i++) {
                char c = deliveryId.charAt(i);
                printable = c > 0x20 && c < 0x7f;
            }
            if (printable) {
                return deliveryId;
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(deliveryId.getBytes(StandardCharsets.UTF_8));
            return HASH_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean holds(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        return claim.status() == Claim.Status.CLAIMED && claim.token() != null;
    }

    private static void checkProvider(String provider) {
        Objects.requireNonNull(provider, "provider");
        if (provider.isEmpty() || provider.length() > MAX_PROVIDER_LENGTH) {
            throw new IllegalArgumentException(
                    "provider id must be 1 to " + MAX_PROVIDER_LENGTH + " characters, was " + provider.length());
        }
    }

    private boolean insert(Connection c, Dialect d, String provider, String key, String token, long expires)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, d.insertSql(tableName))) {
            ps.setString(1, provider);
            ps.setString(2, key);
            ps.setString(3, token);
            ps.setLong(4, expires);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (d == Dialect.H2 && "23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private boolean takeOver(Connection c, String provider, String key, String token, long expires, long now)
            throws SQLException {
        try (PreparedStatement ps = prepare(c, takeOverSql)) {
            ps.setString(1, token);
            ps.setLong(2, expires);
            ps.setString(3, provider);
            ps.setString(4, key);
            ps.setLong(5, now);
            return ps.executeUpdate() == 1;
        }
    }

    private String state(Connection c, String provider, String key) throws SQLException {
        try (PreparedStatement ps = prepare(c, stateSql)) {
            ps.setString(1, provider);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private boolean tableExists(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(existsSql)) {
            return rs.getMetaData().getColumnCount() == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (queryTimeoutSeconds > 0) {
            ps.setQueryTimeout(queryTimeoutSeconds);
        }
        return ps;
    }

    private Dialect dialect(Connection c) throws SQLException {
        Dialect d = dialect;
        if (d == null) {
            try {
                d = Dialect.fromProductName(c.getMetaData().getDatabaseProductName());
            } catch (IllegalStateException e) {
                throw new SQLFeatureNotSupportedException(e.getMessage(), "0A000", e);
            }
            dialect = d;
        }
        return d;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** What a failed claim means, for the log. */
    private static final String CLAIM_FAILED = "answering 503 so the provider retries";

    private String completeFailed() {
        return "the handlers ran, so the delivery is answered as a success, but it is not marked done:"
                + " a retry may run them again once its lease of " + lease + " has lapsed";
    }

    private String releaseFailed() {
        return "the delivery stays in flight until its lease of " + lease
                + " has lapsed; a retry after that runs it again";
    }

    /**
     * Runs {@code work} on a connection; a failure is logged with {@code consequence} (what it means for the
     * delivery; {@code null}: not logged, the caller does) and thrown as {@link Reason#LEDGER_UNAVAILABLE}.
     */
    private <T> T withConnection(String operation, String consequence, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                if (!autoCommit) {
                    connection.setAutoCommit(true);
                }
                try {
                    return work.run(connection);
                } finally {
                    if (!autoCommit) {
                        restoreAutoCommit(connection);
                    }
                }
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && isTransient(e)) {
                    continue;
                }
                if (consequence != null) {
                    LOG.log(
                            Level.WARNING,
                            "Delivery ledger table " + tableName + ": " + operation + " failed (SQLState "
                                    + e.getSQLState() + ")" + (consequence.isEmpty() ? "" : "; " + consequence),
                            e);
                }
                throw new WebhookException(
                        Reason.LEDGER_UNAVAILABLE,
                        "The delivery ledger is unavailable (" + operation + " failed); retry later",
                        e);
            }
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "Could not restore auto-commit off on a ledger connection", e);
        }
    }

    /** Serialization failures and deadlocks (class 40), and H2's concurrent update: worth another try. */
    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("90131"));
    }

    private static long plus(long millis, Duration duration) {
        long add = duration.toMillis();
        return millis > Long.MAX_VALUE - add ? Long.MAX_VALUE : millis + add;
    }

    private static long ceilSeconds(Duration d) {
        long seconds = d.getSeconds();
        return d.getNano() > 0 ? seconds + 1 : seconds;
    }

    private static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String statement : sql.toString().split(";")) {
            if (!statement.isBlank()) {
                out.add(statement.strip());
            }
        }
        return out;
    }

    private static String readResource(String name) {
        try (InputStream in = JdbcDeliveryLedger.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    static String checkTableName(String tableName) {
        Objects.requireNonNull(tableName, "tableName");
        String[] parts = tableName.split("\\.", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("tableName must be 'table' or 'schema.table', was '" + tableName + "'");
        }
        for (String part : parts) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw new IllegalArgumentException("tableName must be a plain SQL identifier (letters, digits and _,"
                        + " not starting with a digit, at most 48 characters; optionally schema.table), was '"
                        + tableName + "'");
            }
            if (RESERVED.contains(part.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "tableName must not be the SQL keyword '" + part + "', was '" + tableName + "'");
            }
        }
        return tableName;
    }

    @Override
    public String toString() {
        Dialect d = dialect;
        return "JdbcDeliveryLedger[table=" + tableName + ", dialect=" + (d == null ? "auto" : d) + ", lease=" + lease
                + ", retention=" + retention + "]";
    }

    /** Builds a {@link JdbcDeliveryLedger}; validates in {@link #build()}. */
    public static final class Builder {
        private DataSource dataSource;
        private String tableName = DEFAULT_TABLE_NAME;
        private Duration lease = Duration.ofMinutes(5);
        private Duration retention = Duration.ofHours(72);
        private Duration queryTimeout = Duration.ofSeconds(10);
        private Clock clock = Clock.systemUTC();
        private Dialect dialect;

        private Builder() {}

        /** Where the table lives; required. Give it a connection pool. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * The table, {@value #DEFAULT_TABLE_NAME} by default: a plain SQL identifier, optionally
         * schema-qualified ({@code billing.webhook_delivery}); never quoted.
         */
        public Builder tableName(String tableName) {
            this.tableName = Objects.requireNonNull(tableName, "tableName");
            return this;
        }

        /**
         * How long a claim in flight holds (5 minutes by default) before another attempt may take it over,
         * because its instance is presumed dead. Renewed every third of the lease while the handlers run, so
         * handlers may take longer; it is how long a crashed instance holds a delivery back.
         */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        /** How long a done delivery is remembered (72 hours by default): longer than the retry window. */
        public Builder retention(Duration retention) {
            this.retention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /** The limit on each statement (10 seconds by default; zero for none), so a stuck database gives a 503. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = Objects.requireNonNull(queryTimeout, "queryTimeout");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The SQL dialect; detected from the database's metadata on first use when not set. */
        public Builder dialect(Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /**
         * Builds the ledger without connecting to the database.
         *
         * @throws IllegalStateException when no data source was set
         * @throws IllegalArgumentException when the table name is not a plain identifier or a duration is not
         *     positive
         */
        public JdbcDeliveryLedger build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required: JdbcDeliveryLedger.builder().dataSource(...)");
            }
            checkTableName(tableName);
            requirePositive("lease", lease);
            requirePositive("retention", retention);
            if (queryTimeout.isNegative()) {
                throw new IllegalArgumentException("queryTimeout must not be negative, was " + queryTimeout);
            }
            return new JdbcDeliveryLedger(this);
        }

        private static void requirePositive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            try {
                if (value.toMillis() < 1) {
                    throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
                }
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(name + " is too long, was " + value, e);
            }
        }
    }
}
