package io.webhooks4j.jdbc;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The durable {@link Inbox} in one relational table, shared by every instance of an application that uses the same
 * database: what one instance stored, any instance's workers may claim, and a crashed instance's claims are taken
 * over by the others once their lease has run out. Plain {@code java.sql} on a {@link DataSource} (give it a pooled
 * one), for PostgreSQL, MySQL 8 / MariaDB 10.6 and H2 2.x.
 *
 * <pre>{@code
 * JdbcInbox inbox = JdbcInbox.builder()
 *     .dataSource(dataSource)
 *     .tableName("webhooks4j_inbox")   // the default
 *     .build();
 * inbox.createSchema();                // or run inbox-schema-<dialect>.sql with your migrations
 * Webhooks webhooks = Webhooks.builder().provider(...).inbox(inbox).build();
 * }</pre>
 *
 * <p><b>Storing</b> is one atomic insert that also de-duplicates on the unique (provider, de-duplication key):
 * {@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL, a plain {@code INSERT} whose duplicate-key error is
 * expected (and caught) on MySQL and H2. A duplicate is reported with the stored delivery's id, in whatever state it
 * is.
 *
 * <p><b>Claiming</b> never hands one delivery to two workers: on PostgreSQL one {@code UPDATE} of the rows a
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} picked; on MySQL a transaction that locks the due rows with {@code
 * SKIP LOCKED} and then updates them; on H2, whose locking {@code SELECT} locks every row it reads (the whole
 * backlog, not only the first {@code max}), a transaction that reads the oldest due ids without locking and then
 * locks each by id with {@code SKIP LOCKED}. A claim counts the delivery's attempts up by one. {@link #renew},
 * {@link #complete}, {@link #fail} and {@link #kill} only change a row that is still claimed by the given owner.
 *
 * <p><b>Times</b> are stored as epoch milliseconds (UTC), so instants come back truncated to the millisecond; the
 * {@code now} passed to each method is compared at that precision. Keep the instances' clocks in sync to well within
 * the lease (NTP does).
 *
 * <p><b>Values.</b> The body is stored byte for byte, the headers as a JSON object of names to arrays of values in
 * the order received. A de-duplication key longer than {@value #MAX_KEY_LENGTH} characters, or holding anything but
 * printable ASCII, or starting with {@code sha256:}, is stored (and read back) as {@code sha256:} and the hex SHA-256
 * of its UTF-8 bytes, as {@link JdbcDeliveryLedger} does; the keys webhooks4j's providers make ({@code sc1:...},
 * event ids) are stored as they are. Provider ids longer than {@value #MAX_PROVIDER_LENGTH} characters, and event
 * types, delivery ids, key ids and lease owners longer than {@value #MAX_NAME_LENGTH}, are refused with {@link
 * IllegalArgumentException} before the database is touched. Of an error, the first {@value #MAX_ERROR_LENGTH}
 * characters are kept (NUL characters and unpaired surrogates, which some databases refuse, replaced by U+FFFD).
 *
 * <p><b>Errors.</b> Every {@link SQLException} (the database down, a missing table, a statement that fails) is thrown
 * as {@link InboxUnavailableException} with the {@code SQLException} as its cause and a message that names the
 * operation, never a body, header or secret. Serialization failures and deadlocks (SQLState class 40) are retried
 * twice first. Each statement runs in auto-commit, and claims on MySQL and H2 in their own short transaction; a
 * connection handed out with auto-commit off is switched on for the inbox's work and back afterwards.
 *
 * <p>Rows do not delete themselves: {@link #purge} (the workers call it for done deliveries after the retention
 * time). Thread-safe and without threads of its own; build one per application and table.
 */
public final class JdbcInbox implements Inbox {
    /** The default table name, as in the shipped schema files. */
    public static final String DEFAULT_TABLE_NAME = "webhooks4j_inbox";

    /** The widest provider id (the {@code provider} column's size). */
    public static final int MAX_PROVIDER_LENGTH = 64;

    /** The widest de-duplication key stored as it is (the {@code deduplication_key} column's size). */
    public static final int MAX_KEY_LENGTH = JdbcDeliveryLedger.MAX_KEY_LENGTH;

    /** The widest event type, delivery id, key id and lease owner (those columns' size). */
    public static final int MAX_NAME_LENGTH = 255;

    /** How much of an error is kept (the {@code last_error} column's size). */
    public static final int MAX_ERROR_LENGTH = 2000;

    /** The most deliveries one {@link #claim} may ask for ({@link Inbox}'s contract). */
    public static final int MAX_CLAIM = 1000;

    private static final System.Logger LOG = System.getLogger(JdbcInbox.class.getName());
    private static final int MAX_ATTEMPTS = 3;
    private static final int STORE_ROUNDS = 10;
    private static final int H2_CLAIM_ROUNDS = 3;

    private static final String PENDING = "pending";
    private static final String CLAIMED = "claimed";
    private static final String DONE = "done";
    private static final String DEAD = "dead";

    /** Every column of {@link InboxDelivery}, in its order (read by {@link #read(ResultSet, int)}). */
    private static final List<String> COLUMNS = List.of(
            "id",
            "provider",
            "deduplication_key",
            "event_type",
            "delivery_id",
            "url",
            "headers",
            "body",
            "key_id",
            "signed_at",
            "received_at",
            "state",
            "attempts",
            "next_attempt_at",
            "last_error",
            "lease_owner",
            "lease_until",
            "completed_at");

    /** Due for a claim at {@code ?} (twice, the same millisecond): pending and due, or claimed and lapsed. */
    private static final String DUE =
            "due_at <= ? AND (state = '" + PENDING + "' OR (state = '" + CLAIMED + "' AND due_at < ?))";

    /** What a claim sets: owner, lease (also the new due time, for a takeover) and one more attempt. */
    private static final String CLAIM_SET =
            "state = '" + CLAIMED + "', attempts = attempts + 1, next_attempt_at = NULL,"
                    + " due_at = ?, lease_owner = ?, lease_until = ?, completed_at = NULL";

    /** What makes a delivery due again now ({@link #retry}, {@link #retryDead}, {@link #replay}). */
    private static final String DUE_AGAIN_SET = "state = '" + PENDING + "', attempts = 0, next_attempt_at = ?,"
            + " due_at = ?, lease_owner = NULL, lease_until = NULL, completed_at = NULL";

    private static final String HELD = "id = ? AND state = '" + CLAIMED + "' AND lease_owner = ?";

    private final DataSource dataSource;
    private final String tableName;
    private final int queryTimeoutSeconds;
    private volatile @Nullable Dialect dialect;

    private final String columns;
    private final String insertSql;
    private final String idByKeySql;
    private final String findSql;
    private final String postgresClaimSql;
    private final String mysqlClaimSql;
    private final String h2CandidatesSql;
    private final String h2LockSql;
    private final String renewSql;
    private final String completeSql;
    private final String failSql;
    private final String killSql;
    private final String retrySql;
    private final String retryDeadSql;
    private final String replaySql;
    private final String purgeSql;
    private final String countsSql;
    private final String oldestDueSql;
    private final String existsSql;

    private JdbcInbox(Builder b) {
        this.dataSource = b.dataSource;
        this.tableName = b.tableName;
        this.dialect = b.dialect;
        this.queryTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, ceilSeconds(b.queryTimeout));
        String t = tableName;
        this.columns = String.join(", ", COLUMNS);
        this.insertSql = "INSERT INTO " + t + " (provider, deduplication_key, event_type, delivery_id, url, headers,"
                + " body, key_id, signed_at, received_at, state, attempts, next_attempt_at, due_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '" + PENDING + "', 0, ?, ?)";
        this.idByKeySql = "SELECT id FROM " + t + " WHERE provider = ? AND deduplication_key = ?";
        this.findSql = "SELECT " + columns + " FROM " + t + " WHERE id = ?";
        StringBuilder returning = new StringBuilder();
        for (String column : COLUMNS) {
            returning.append("c.").append(column).append(", ");
        }
        this.postgresClaimSql = "WITH due AS (SELECT id, due_at FROM " + t + " WHERE " + DUE
                + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE " + t + " AS c SET " + CLAIM_SET + " FROM due WHERE c.id = due.id"
                + " RETURNING " + returning + "due.due_at AS claimed_due";
        this.mysqlClaimSql = "SELECT " + columns + " FROM " + t + " WHERE " + DUE
                + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
        this.h2CandidatesSql = "SELECT id FROM " + t + " WHERE " + DUE + " ORDER BY due_at, id LIMIT ?";
        this.h2LockSql = "SELECT " + columns + " FROM " + t + " WHERE id = ? AND " + DUE + " FOR UPDATE SKIP LOCKED";
        this.renewSql = "UPDATE " + t + " SET lease_until = ?, due_at = ? WHERE " + HELD;
        this.completeSql = "UPDATE " + t + " SET state = '" + DONE + "', next_attempt_at = NULL, due_at = NULL,"
                + " lease_owner = NULL, lease_until = NULL, completed_at = ? WHERE " + HELD;
        this.failSql = "UPDATE " + t + " SET state = '" + PENDING + "', next_attempt_at = ?, due_at = ?,"
                + " last_error = ?, lease_owner = NULL, lease_until = NULL, completed_at = NULL WHERE " + HELD;
        this.killSql = "UPDATE " + t + " SET state = '" + DEAD + "', next_attempt_at = NULL, due_at = NULL,"
                + " last_error = ?, lease_owner = NULL, lease_until = NULL, completed_at = ? WHERE " + HELD;
        this.retrySql = "UPDATE " + t + " SET " + DUE_AGAIN_SET + " WHERE id = ? AND state <> '" + CLAIMED + "'";
        this.retryDeadSql = "UPDATE " + t + " SET " + DUE_AGAIN_SET + " WHERE state = '" + DEAD + "'";
        this.replaySql = "UPDATE " + t + " SET " + DUE_AGAIN_SET + " WHERE state = '" + DONE + "' AND received_at >= ?";
        this.purgeSql = "DELETE FROM " + t + " WHERE state = ? AND completed_at < ?";
        this.countsSql = "SELECT state, COUNT(*) FROM " + t + " GROUP BY state";
        this.oldestDueSql = "SELECT MIN(due_at) FROM " + t + " WHERE due_at <= ? AND state = '" + PENDING + "'";
        this.existsSql = "SELECT 1 FROM " + t + " WHERE 1 = 0";
    }

    /** An inbox on {@code dataSource} with the defaults (table {@value #DEFAULT_TABLE_NAME}, dialect detected). */
    public static JdbcInbox create(DataSource dataSource) {
        return builder().dataSource(dataSource).build();
    }

    /** A builder; {@link Builder#dataSource} is required. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- the engine

    /**
     * Stores {@code delivery} as pending and due at its received time, unless its provider and de-duplication key
     * are stored already: one atomic insert (see the class comment), so of concurrent stores of one key exactly one
     * stores it and the others are told it is a duplicate.
     *
     * @throws IllegalArgumentException when the provider id or a name is longer than its column (nothing is stored)
     * @throws InboxUnavailableException when the database fails (nothing is stored)
     */
    @Override
    public StoreResult store(NewDelivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        checkProvider(delivery.provider());
        checkName("eventType", delivery.eventType());
        checkName("deliveryId", delivery.deliveryId());
        checkName("keyId", delivery.keyId());
        String key = JdbcDeliveryLedger.storedKey(delivery.deduplicationKey());
        String headers = StoredHeaders.encode(delivery.headers());
        byte[] body = delivery.body().toByteArray();
        return withConnection("store", connection -> {
            Dialect d = dialect(connection);
            for (int round = 0; round < STORE_ROUNDS; round++) {
                Long id = insert(connection, d, delivery, key, headers, body);
                if (id != null) {
                    return new StoreResult(id, false);
                }
                try (PreparedStatement ps = prepare(connection, idByKeySql)) {
                    ps.setString(1, delivery.provider());
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return new StoreResult(rs.getLong(1), true);
                        }
                    }
                }
                // The row that was in the way was purged, or is not committed yet: try again.
                Thread.onSpinWait();
            }
            throw new SQLException("the key is in use but its row cannot be read", "40001");
        });
    }

    /** The new row's id; {@code null} when a row with this provider and key is there already. */
    private @Nullable Long insert(
            Connection c, Dialect d, NewDelivery delivery, String key, String headers, byte[] body)
            throws SQLException {
        boolean postgres = d == Dialect.POSTGRESQL;
        String sql =
                postgres ? insertSql + " ON CONFLICT (provider, deduplication_key) DO NOTHING RETURNING id" : insertSql;
        try (PreparedStatement ps = postgres ? prepare(c, sql) : prepare(c, sql, Statement.RETURN_GENERATED_KEYS)) {
            long received = millis(delivery.receivedAt());
            ps.setString(1, delivery.provider());
            ps.setString(2, key);
            ps.setString(3, delivery.eventType());
            setNullableString(ps, 4, delivery.deliveryId());
            ps.setString(5, delivery.url());
            ps.setString(6, headers);
            ps.setBytes(7, body);
            ps.setString(8, delivery.keyId());
            setNullableMillis(ps, 9, delivery.signedAt());
            ps.setLong(10, received);
            ps.setLong(11, received);
            ps.setLong(12, received);
            if (postgres) {
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
            if (ps.executeUpdate() != 1) {
                return null;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id for the stored delivery");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Claims up to {@code max} (1 to {@value #MAX_CLAIM}) due deliveries for {@code owner}, oldest due first; see
     * the class comment for how each database keeps two claims from taking the same delivery.
     *
     * @throws IllegalArgumentException when {@code max} is not between 1 and {@value #MAX_CLAIM} or {@code owner} is longer than {@value
     *     #MAX_NAME_LENGTH} characters
     * @throws InboxUnavailableException when the database fails (nothing was claimed)
     */
    @Override
    public List<InboxDelivery> claim(String owner, int max, Instant now, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        checkName("owner", owner);
        if (max < 1 || max > MAX_CLAIM) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_CLAIM + ", was " + max);
        }
        int limit = max;
        long nowMillis = millis(now);
        long leaseUntil = millis(plus(now, lease));
        return withConnection("claim", connection -> switch (dialect(connection)) {
            case POSTGRESQL -> claimOnPostgres(connection, owner, limit, nowMillis, leaseUntil);
            case MYSQL ->
                inTransaction(connection, true, () -> claimOnMySql(connection, owner, limit, nowMillis, leaseUntil));
            case H2 ->
                inTransaction(connection, false, () -> claimOnH2(connection, owner, limit, nowMillis, leaseUntil));
        });
    }

    private List<InboxDelivery> claimOnPostgres(Connection c, String owner, int limit, long now, long leaseUntil)
            throws SQLException {
        List<InboxDelivery> claimed = new ArrayList<>();
        List<Long> dueAt = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, postgresClaimSql)) {
            ps.setLong(1, now);
            ps.setLong(2, now);
            ps.setInt(3, limit);
            ps.setLong(4, leaseUntil);
            ps.setString(5, owner);
            ps.setLong(6, leaseUntil);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(read(rs, 1));
                    dueAt.add(rs.getLong(COLUMNS.size() + 1));
                }
            }
        }
        // RETURNING has no order: oldest due first, as claimed.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int byDue = Long.compare(dueAt.get(a), dueAt.get(b));
            return byDue != 0
                    ? byDue
                    : Long.compare(claimed.get(a).id(), claimed.get(b).id());
        });
        List<InboxDelivery> sorted = new ArrayList<>(claimed.size());
        for (int i : order) {
            sorted.add(claimed.get(i));
        }
        return sorted;
    }

    private List<InboxDelivery> claimOnMySql(Connection c, String owner, int limit, long now, long leaseUntil)
            throws SQLException {
        List<InboxDelivery> locked = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, mysqlClaimSql)) {
            ps.setLong(1, now);
            ps.setLong(2, now);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    locked.add(read(rs, 1));
                }
            }
        }
        return markClaimed(c, locked, owner, leaseUntil);
    }

    private List<InboxDelivery> claimOnH2(Connection c, String owner, int limit, long now, long leaseUntil)
            throws SQLException {
        List<InboxDelivery> locked = new ArrayList<>();
        Set<Long> tried = new HashSet<>();
        for (int round = 0; round < H2_CLAIM_ROUNDS && locked.size() < limit; round++) {
            // Read without locks (H2 would lock every row read), past the rows others may be claiming right now.
            int window = limit * 2 + 16 + tried.size();
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, h2CandidatesSql)) {
                ps.setLong(1, now);
                ps.setLong(2, now);
                ps.setInt(3, window);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
            boolean fresh = false;
            try (PreparedStatement lock = prepare(c, h2LockSql)) {
                for (long id : candidates) {
                    if (locked.size() == limit) {
                        break;
                    }
                    if (!tried.add(id)) {
                        continue;
                    }
                    fresh = true;
                    lock.setLong(1, id);
                    lock.setLong(2, now);
                    lock.setLong(3, now);
                    try (ResultSet rs = lock.executeQuery()) {
                        if (rs.next()) {
                            locked.add(read(rs, 1));
                        }
                    }
                }
            }
            if (!fresh || candidates.size() < window) {
                break; // nothing new, or every due row was read: the rest is locked by other claims
            }
        }
        return markClaimed(c, locked, owner, leaseUntil);
    }

    /** Claims rows this transaction has locked; returns them as they are now, in the order given. */
    private List<InboxDelivery> markClaimed(Connection c, List<InboxDelivery> locked, String owner, long leaseUntil)
            throws SQLException {
        if (locked.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("UPDATE ")
                .append(tableName)
                .append(" SET ")
                .append(CLAIM_SET)
                .append(" WHERE id IN (");
        for (int i = 0; i < locked.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement ps = prepare(c, sql.toString())) {
            ps.setLong(1, leaseUntil);
            ps.setString(2, owner);
            ps.setLong(3, leaseUntil);
            for (int i = 0; i < locked.size(); i++) {
                ps.setLong(4 + i, locked.get(i).id());
            }
            int updated = ps.executeUpdate();
            if (updated != locked.size()) {
                throw new SQLException(
                        "claimed " + updated + " of the " + locked.size() + " rows this transaction locked", "40001");
            }
        }
        Instant until = Instant.ofEpochMilli(leaseUntil);
        List<InboxDelivery> claimed = new ArrayList<>(locked.size());
        for (InboxDelivery d : locked) {
            claimed.add(new InboxDelivery(
                    d.id(),
                    d.provider(),
                    d.deduplicationKey(),
                    d.eventType(),
                    d.deliveryId(),
                    d.url(),
                    d.headers(),
                    d.body(),
                    d.keyId(),
                    d.signedAt(),
                    d.receivedAt(),
                    InboxState.CLAIMED,
                    d.attempts() + 1,
                    null,
                    d.lastError(),
                    owner,
                    until,
                    null));
        }
        return claimed;
    }

    /** Extends {@code owner}'s lease on delivery {@code id} to {@code leaseUntil}; false when it no longer holds it. */
    @Override
    public boolean renew(long id, String owner, Instant leaseUntil) {
        Objects.requireNonNull(owner, "owner");
        long until = millis(leaseUntil);
        return update("renew", id, renewSql, ps -> {
            ps.setLong(1, until);
            ps.setLong(2, until);
            ps.setLong(3, id);
            ps.setString(4, owner);
        });
    }

    /** Marks delivery {@code id} done if {@code owner} still holds it; false otherwise. */
    @Override
    public boolean complete(long id, String owner, Instant now) {
        Objects.requireNonNull(owner, "owner");
        long at = millis(now);
        return update("complete", id, completeSql, ps -> {
            ps.setLong(1, at);
            ps.setLong(2, id);
            ps.setString(3, owner);
        });
    }

    /**
     * Makes delivery {@code id} pending again, due at {@code retryAt}, with {@code error} as its last error, if
     * {@code owner} still holds it; false otherwise.
     */
    @Override
    public boolean fail(long id, String owner, String error, Instant retryAt, Instant now) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(retryAt, "retryAt");
        String kept = storedError(error);
        long at = millis(retryAt);
        return update("fail", id, failSql, ps -> {
            ps.setLong(1, at);
            ps.setLong(2, at);
            ps.setString(3, kept);
            ps.setLong(4, id);
            ps.setString(5, owner);
        });
    }

    /** Makes delivery {@code id} dead with {@code error} as its last error, if {@code owner} still holds it. */
    @Override
    public boolean kill(long id, String owner, String error, Instant now) {
        Objects.requireNonNull(owner, "owner");
        String kept = storedError(error);
        long at = millis(now);
        return update("kill", id, killSql, ps -> {
            ps.setString(1, kept);
            ps.setLong(2, at);
            ps.setLong(3, id);
            ps.setString(4, owner);
        });
    }

    // ---- operations

    /** The delivery stored under {@code id}, with its body and headers. */
    @Override
    public Optional<InboxDelivery> find(long id) {
        return withConnection("find delivery " + id, connection -> {
            try (PreparedStatement ps = prepare(connection, findSql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs, 1)) : Optional.<InboxDelivery>empty();
                }
            }
        });
    }

    /** Deliveries matching {@code query}, newest (highest id) first, with their bodies and headers. */
    @Override
    public List<InboxDelivery> list(InboxQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql =
                new StringBuilder("SELECT ").append(columns).append(" FROM ").append(tableName);
        List<Object> params = new ArrayList<>();
        String glue = " WHERE ";
        if (query.state() != null) {
            sql.append(glue).append("state = ?");
            params.add(query.state().code());
            glue = " AND ";
        }
        if (query.provider() != null) {
            sql.append(glue).append("provider = ?");
            params.add(query.provider());
            glue = " AND ";
        }
        if (query.receivedSince() != null) {
            sql.append(glue).append("received_at >= ?");
            params.add(millis(query.receivedSince()));
            glue = " AND ";
        }
        if (query.beforeId() != null) {
            sql.append(glue).append("id < ?");
            params.add(query.beforeId());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(query.limit());
        return withConnection("list", connection -> {
            try (PreparedStatement ps = prepare(connection, sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    if (p instanceof String s) {
                        ps.setString(i + 1, s);
                    } else if (p instanceof Long l) {
                        ps.setLong(i + 1, l);
                    } else {
                        ps.setInt(i + 1, (Integer) p);
                    }
                }
                List<InboxDelivery> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs, 1));
                    }
                }
                return out;
            }
        });
    }

    /** Makes delivery {@code id} due now with its attempts reset, unless it is claimed; false when not changed. */
    @Override
    public boolean retry(long id, Instant now) {
        long at = millis(now);
        return update("retry", id, retrySql, ps -> {
            ps.setLong(1, at);
            ps.setLong(2, at);
            ps.setLong(3, id);
        });
    }

    /** Makes every dead delivery due now with its attempts reset; the number retried. */
    @Override
    public int retryDead(Instant now) {
        long at = millis(now);
        return updateCount("retry dead deliveries", retryDeadSql, ps -> {
            ps.setLong(1, at);
            ps.setLong(2, at);
        });
    }

    /** Makes every done delivery received at or after {@code since} due now again; the number replayed. */
    @Override
    public int replay(Instant since, Instant now) {
        long from = millis(since);
        long at = millis(now);
        return updateCount("replay", replaySql, ps -> {
            ps.setLong(1, at);
            ps.setLong(2, at);
            ps.setLong(3, from);
        });
    }

    /**
     * Deletes the deliveries in {@code state} that became done or dead before {@code before}; the number deleted.
     *
     * @throws IllegalArgumentException when {@code state} is neither {@link InboxState#DONE} nor {@link
     *     InboxState#DEAD}
     */
    @Override
    public int purge(InboxState state, Instant before) {
        Objects.requireNonNull(state, "state");
        if (state != InboxState.DONE && state != InboxState.DEAD) {
            throw new IllegalArgumentException("Only done or dead deliveries can be purged, not " + state.code());
        }
        long until = millis(before);
        return updateCount("purge " + state.code() + " deliveries", purgeSql, ps -> {
            ps.setString(1, state.code());
            ps.setLong(2, until);
        });
    }

    /** How many deliveries are in each state; every state is a key (zero when none). */
    @Override
    public Map<InboxState, Long> counts() {
        return withConnection("count deliveries", connection -> {
            Map<InboxState, Long> counts = new EnumMap<>(InboxState.class);
            for (InboxState s : InboxState.values()) {
                counts.put(s, 0L);
            }
            try (PreparedStatement ps = prepare(connection, countsSql);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    InboxState s = stateOrNull(rs.getString(1));
                    if (s != null) {
                        counts.merge(s, rs.getLong(2), Long::sum);
                    }
                }
            }
            return counts;
        });
    }

    /** The next attempt time of the oldest pending delivery due at {@code now}, if any. */
    @Override
    public Optional<Instant> oldestDue(Instant now) {
        long at = millis(now);
        return withConnection("oldest due lookup", connection -> {
            try (PreparedStatement ps = prepare(connection, oldestDueSql)) {
                ps.setLong(1, at);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long oldest = rs.getLong(1);
                        if (!rs.wasNull()) {
                            return Optional.of(Instant.ofEpochMilli(oldest));
                        }
                    }
                    return Optional.<Instant>empty();
                }
            }
        });
    }

    /** True: what is stored survives the process (and is shared by every instance on the database). */
    @Override
    public boolean isDurable() {
        return true;
    }

    // ---- schema

    /**
     * Creates the table and its indexes when they do not exist, with this dialect's schema ({@link #schemaSql()}).
     * Opt-in, and safe to call from several instances at start-up; production databases usually get the schema from
     * their migrations instead.
     *
     * @throws InboxUnavailableException when the database fails
     */
    public void createSchema() {
        withConnection("create the inbox table", connection -> {
            for (String statement : statements(schemaSql(dialect(connection), tableName))) {
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

    /**
     * The schema (DDL) for this inbox's table and dialect; detects the dialect if it was not set.
     *
     * @throws InboxUnavailableException when the dialect must be detected and the database fails
     */
    public String schemaSql() {
        return schemaSql(dialect(), tableName);
    }

    /**
     * The schema (DDL) of {@code dialect} for a table named {@code tableName}: the {@linkplain #schemaResource
     * shipped script} with the table and its indexes renamed.
     *
     * @throws IllegalArgumentException when {@code tableName} is not a plain identifier (see {@link
     *     Builder#tableName})
     */
    public static String schemaSql(Dialect dialect, String tableName) {
        Objects.requireNonNull(dialect, "dialect");
        JdbcDeliveryLedger.checkTableName(tableName);
        String text = readResource(schemaResource(dialect));
        int dot = tableName.lastIndexOf('.');
        // H2 names an index within a schema; PostgreSQL and MySQL put it beside its table.
        String prefix = dialect == Dialect.H2 ? tableName : tableName.substring(dot + 1);
        text = text.replaceAll(
                "\\b" + DEFAULT_TABLE_NAME + "_(due|state)_idx\\b", Matcher.quoteReplacement(prefix) + "_$1_idx");
        return text.replaceAll("\\b" + DEFAULT_TABLE_NAME + "\\b", Matcher.quoteReplacement(tableName));
    }

    /**
     * The class-path resource with {@code dialect}'s schema for the default table name: {@code
     * /io/webhooks4j/jdbc/inbox-schema-postgresql.sql}, {@code -mysql.sql} or {@code -h2.sql}.
     */
    public static String schemaResource(Dialect dialect) {
        String suffix =
                switch (Objects.requireNonNull(dialect, "dialect")) {
                    case POSTGRESQL -> "postgresql";
                    case MYSQL -> "mysql";
                    case H2 -> "h2";
                };
        return "/io/webhooks4j/jdbc/inbox-schema-" + suffix + ".sql";
    }

    /**
     * The dialect: the one set on the builder, or the one detected from the database (connects once).
     *
     * @throws InboxUnavailableException when it must be detected and the database fails or is not supported
     */
    public Dialect dialect() {
        Dialect d = dialect;
        return d != null ? d : withConnection("detect the database", this::dialect);
    }

    /** The table's name, as given to the builder. */
    public String tableName() {
        return tableName;
    }

    /** The table and dialect ({@code auto} until detected). */
    @Override
    public String toString() {
        Dialect d = dialect;
        return "JdbcInbox[table=" + tableName + ", dialect=" + (d == null ? "auto" : d) + "]";
    }

    // ---- helpers

    private static InboxDelivery read(ResultSet rs, int first) throws SQLException {
        int i = first;
        long id = rs.getLong(i++);
        String provider = rs.getString(i++);
        String key = rs.getString(i++);
        String eventType = rs.getString(i++);
        String deliveryId = rs.getString(i++);
        String url = rs.getString(i++);
        String headersText = rs.getString(i++);
        byte[] body = rs.getBytes(i++);
        String keyId = rs.getString(i++);
        Instant signedAt = instant(rs, i++);
        Instant receivedAt = instant(rs, i++);
        String stateCode = rs.getString(i++);
        int attempts = rs.getInt(i++);
        Instant nextAttemptAt = instant(rs, i++);
        String lastError = rs.getString(i++);
        String leaseOwner = rs.getString(i++);
        Instant leaseUntil = instant(rs, i++);
        Instant completedAt = instant(rs, i);
        Headers headers;
        InboxState state;
        try {
            headers = StoredHeaders.decode(headersText);
            state = InboxState.fromCode(stateCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Inbox delivery " + id + " has a malformed row: " + e.getMessage(), e);
        }
        return new InboxDelivery(
                id,
                provider,
                key,
                eventType,
                deliveryId,
                url,
                headers,
                body == null ? RawBody.empty() : RawBody.of(body),
                keyId,
                signedAt,
                Objects.requireNonNull(receivedAt, "received_at"),
                state,
                attempts,
                nextAttemptAt,
                lastError,
                leaseOwner,
                leaseUntil,
                completedAt);
    }

    private static @Nullable Instant instant(ResultSet rs, int index) throws SQLException {
        long millis = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static @Nullable InboxState stateOrNull(@Nullable String code) {
        if (code == null) {
            return null;
        }
        try {
            return InboxState.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void setNullableString(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setNullableMillis(PreparedStatement ps, int index, @Nullable Instant value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, millis(value));
        }
    }

    /** Epoch milliseconds, saturated at the ends of {@code long}. */
    static long millis(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static Instant plus(Instant now, Duration lease) {
        try {
            return now.plus(lease);
        } catch (ArithmeticException | DateTimeException e) {
            return lease.isNegative() ? Instant.MIN : Instant.MAX;
        }
    }

    /**
     * At most {@value #MAX_ERROR_LENGTH} characters of {@code error}, cut between code points, with NUL characters
     * and unpaired surrogates (which PostgreSQL and MySQL refuse) replaced by U+FFFD.
     */
    static String storedError(String error) {
        Objects.requireNonNull(error, "error");
        int end = Math.min(error.length(), MAX_ERROR_LENGTH);
        if (end < error.length() && Character.isHighSurrogate(error.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = null;
        for (int i = 0; i < end; i++) {
            char c = error.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= end || !Character.isLowSurrogate(error.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(error.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = c == 0 || Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(end).append(error, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out != null ? out.toString() : error.substring(0, end);
    }

    private static void checkProvider(String provider) {
        if (provider.isEmpty() || provider.length() > MAX_PROVIDER_LENGTH) {
            throw new IllegalArgumentException(
                    "provider id must be 1 to " + MAX_PROVIDER_LENGTH + " characters, was " + provider.length());
        }
    }

    private static void checkName(String what, @Nullable String value) {
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    what + " must be at most " + MAX_NAME_LENGTH + " characters, was " + value.length());
        }
    }

    /** Unique violations: SQLState 23505 (PostgreSQL, H2 in any mode) or MySQL's and MariaDB's error 1062. */
    private static boolean isDuplicateKey(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || ("23000".equals(state) && e.getErrorCode() == 1062);
    }

    /** Serialization failures and deadlocks (class 40), and H2's concurrent update: worth another try. */
    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("90131"));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlBody<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private boolean update(String operation, long id, String sql, Binder binder) {
        return updateCount(operation + " of delivery " + id, sql, binder) > 0;
    }

    private int updateCount(String operation, String sql, Binder binder) {
        return withConnection(operation, connection -> {
            try (PreparedStatement ps = prepare(connection, sql)) {
                binder.bind(ps);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Runs {@code work} on a connection in auto-commit; a failure becomes {@link InboxUnavailableException}, after
     * up to two more tries for a transient one.
     */
    private <T> T withConnection(String operation, SqlWork<T> work) {
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
                        setAutoCommitQuietly(connection, false);
                    }
                }
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && isTransient(e)) {
                    continue;
                }
                throw new InboxUnavailableException(
                        "The inbox is unavailable: " + operation + " failed (SQLState " + e.getSQLState() + ")", e);
            }
        }
    }

    /** Runs {@code body} in one transaction on {@code c} (in auto-commit until now), optionally read committed. */
    private static <T> T inTransaction(Connection c, boolean readCommitted, SqlBody<T> body) throws SQLException {
        int isolation = readCommitted ? c.getTransactionIsolation() : Connection.TRANSACTION_NONE;
        boolean changeIsolation = readCommitted && isolation != Connection.TRANSACTION_READ_COMMITTED;
        if (changeIsolation) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        c.setAutoCommit(false);
        try {
            T result = body.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            setAutoCommitQuietly(c, true);
            if (changeIsolation) {
                try {
                    c.setTransactionIsolation(isolation);
                } catch (SQLException e) {
                    LOG.log(Level.DEBUG, "Could not restore the transaction isolation of an inbox connection", e);
                }
            }
        }
    }

    private static void setAutoCommitQuietly(Connection connection, boolean on) {
        try {
            connection.setAutoCommit(on);
        } catch (SQLException e) {
            LOG.log(Level.DEBUG, "Could not restore auto-commit on an inbox connection", e);
        }
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return withTimeout(c.prepareStatement(sql));
    }

    private PreparedStatement prepare(Connection c, String sql, int generatedKeys) throws SQLException {
        return withTimeout(c.prepareStatement(sql, generatedKeys));
    }

    private PreparedStatement withTimeout(PreparedStatement ps) throws SQLException {
        if (queryTimeoutSeconds > 0) {
            ps.setQueryTimeout(queryTimeoutSeconds);
        }
        return ps;
    }

    private Dialect dialect(Connection c) throws SQLException {
        Dialect d = dialect;
        if (d == null) {
            String product = c.getMetaData().getDatabaseProductName();
            try {
                d = Dialect.fromProductName(product);
            } catch (IllegalStateException e) {
                throw new SQLFeatureNotSupportedException(
                        "The inbox supports PostgreSQL, MySQL/MariaDB and H2, not '" + product + "'; a database that"
                                + " speaks one of their dialects can be used with JdbcInbox.builder().dialect(...)",
                        "0A000",
                        e);
            }
            dialect = d;
        }
        return d;
    }

    private boolean tableExists(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(existsSql)) {
            return rs.getMetaData().getColumnCount() == 1;
        } catch (SQLException e) {
            return false;
        }
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
        return Collections.unmodifiableList(out);
    }

    private static String readResource(String name) {
        try (InputStream in = JdbcInbox.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static long ceilSeconds(Duration d) {
        long seconds = d.getSeconds();
        return d.getNano() > 0 ? seconds + 1 : seconds;
    }

    /** Builds a {@link JdbcInbox}; validates in {@link #build()}, which does not connect. */
    public static final class Builder {
        private @Nullable DataSource dataSource;
        private String tableName = DEFAULT_TABLE_NAME;
        private Duration queryTimeout = Duration.ofSeconds(10);
        private @Nullable Dialect dialect;

        private Builder() {}

        /**
         * Where the table lives; required. Give it a connection pool: every call takes one connection for a few
         * statements.
         *
         * @param dataSource the application's data source
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * The table, {@value JdbcInbox#DEFAULT_TABLE_NAME} by default: a plain SQL identifier of letters, digits and
         * {@code _} (at most 48 characters, not an SQL keyword), optionally schema-qualified ({@code
         * billing.webhook_inbox}); never quoted, so PostgreSQL folds it to lower case.
         *
         * @param tableName the table's name
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = Objects.requireNonNull(tableName, "tableName");
            return this;
        }

        /**
         * The limit on each statement (10 seconds by default; zero for none), so a stuck database gives {@link
         * InboxUnavailableException} (a 503 at the door) rather than a hung thread.
         *
         * @param queryTimeout the limit, rounded up to whole seconds
         * @return this builder
         */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = Objects.requireNonNull(queryTimeout, "queryTimeout");
            return this;
        }

        /**
         * The SQL dialect; detected from the database's metadata on first use when not set ({@code MYSQL} also
         * covers MariaDB).
         *
         * @param dialect the dialect, or {@code null} to detect it
         * @return this builder
         */
        public Builder dialect(@Nullable Dialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /**
         * Builds the inbox without connecting to the database.
         *
         * @return the inbox
         * @throws IllegalStateException when no data source was set
         * @throws IllegalArgumentException when the table name is not a plain identifier or the query timeout is
         *     negative
         */
        public JdbcInbox build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required: JdbcInbox.builder().dataSource(...)");
            }
            JdbcDeliveryLedger.checkTableName(tableName);
            if (queryTimeout.isNegative()) {
                throw new IllegalArgumentException("queryTimeout must not be negative, was " + queryTimeout);
            }
            return new JdbcInbox(this);
        }
    }
}
