package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Headers;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What needs no database: configuration, schema text, the header format, error text. */
class JdbcInboxTest {
    private final AtomicInteger connections = new AtomicInteger();

    /** A data source that counts connection requests and fails them. */
    private final DataSource unusable = new TestPool(() -> {
        connections.incrementAndGet();
        throw new SQLException("Connection refused", "08001");
    });

    @Test
    void buildsWithDefaultsWithoutConnecting() {
        JdbcInbox inbox = JdbcInbox.create(unusable);
        assertThat(inbox.tableName()).isEqualTo("webhooks4j_inbox");
        assertThat(inbox.isDurable()).isTrue();
        assertThat(inbox).hasToString("JdbcInbox[table=webhooks4j_inbox, dialect=auto]");
        assertThat(JdbcInbox.builder()
                        .dataSource(unusable)
                        .dialect(Dialect.H2)
                        .build()
                        .dialect())
                .isEqualTo(Dialect.H2);
        assertThat(connections).hasValue(0);
    }

    @Test
    void requiresADataSourceAndAValidTimeout() {
        assertThatIllegalStateException()
                .isThrownBy(() -> JdbcInbox.builder().build())
                .withMessageContaining("dataSource");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcInbox.builder()
                        .dataSource(unusable)
                        .queryTimeout(Duration.ofSeconds(-1))
                        .build())
                .withMessageContaining("queryTimeout");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "inbox; DROP TABLE users", "1st", "web-hooks", "\"q\"", "a.b.c", "select", "t\u00e4ble"})
    void rejectsTableNamesThatAreNotPlainIdentifiers(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        JdbcInbox.builder().dataSource(unusable).tableName(name).build())
                .withMessageContaining("tableName");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shipsASchemaForEachDialectAndRenamesTableAndIndexes(Dialect dialect) {
        String original = JdbcInbox.schemaSql(dialect, "webhooks4j_inbox");
        assertThat(JdbcInbox.class.getResource(JdbcInbox.schemaResource(dialect)))
                .isNotNull();
        assertThat(original)
                .contains("CREATE TABLE IF NOT EXISTS webhooks4j_inbox (")
                .contains("UNIQUE (provider, deduplication_key)")
                .contains("webhooks4j_inbox_due_idx")
                .contains("(due_at, id)")
                .contains("webhooks4j_inbox_state_idx")
                .contains("(state, completed_at)");
        for (String column : new String[] {
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
            "due_at",
            "last_error",
            "lease_owner",
            "lease_until",
            "completed_at"
        }) {
            assertThat(original).containsPattern("\n    " + column + " +[A-Z]");
        }

        String renamed = JdbcInbox.schemaSql(dialect, "billing.hooks");
        assertThat(renamed)
                .contains("CREATE TABLE IF NOT EXISTS billing.hooks (")
                .doesNotContain("webhooks4j_inbox");
        assertThat(renamed)
                .contains(dialect == Dialect.H2 ? "billing.hooks_due_idx" : " hooks_due_idx")
                .contains(dialect == Dialect.H2 ? "billing.hooks_state_idx" : " hooks_state_idx");
    }

    @Test
    void bodyColumnHoldsBytesInEveryDialect() {
        assertThat(JdbcInbox.schemaSql(Dialect.POSTGRESQL, "t")).containsPattern("body +BYTEA");
        assertThat(JdbcInbox.schemaSql(Dialect.MYSQL, "t")).containsPattern("body +LONGBLOB");
        assertThat(JdbcInbox.schemaSql(Dialect.H2, "t")).containsPattern("body +BLOB");
    }

    @Test
    void headersAreAnAsciiJsonObjectOfNamesToValuesInOrder() {
        Headers headers = Headers.builder()
                .add("X-Multi", "a")
                .add("Content-Type", "application/json")
                .add("x-multi", "b \"q\" \\")
                .add("X-Emoji", "\uD83C\uDF89\u00e9")
                .build();
        String text = StoredHeaders.encode(headers);
        assertThat(text)
                .isEqualTo("{\"X-Multi\":[\"a\",\"b \\\"q\\\" \\\\\"],\"Content-Type\":[\"application/json\"],"
                        + "\"X-Emoji\":[\"\\ud83c\\udf89\\u00e9\"]}");
        assertThat(text.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
        assertThat(StoredHeaders.decode(text)).isEqualTo(headers);
        assertThat(StoredHeaders.encode(Headers.empty())).isEqualTo("{}");
        assertThat(StoredHeaders.decode("{}")).isEqualTo(Headers.empty());
    }

    @Test
    void anyJavaStringComesBackFromTheHeaderFormat() {
        String odd = "nul\u0000 cr\r lf\n del\u007f lone\uD800 low\uDC00 \uFFFF end";
        Headers headers = Headers.builder().add("X-Odd", odd).add("X-Odd", "").build();
        Headers back = StoredHeaders.decode(StoredHeaders.encode(headers));
        assertThat(back.all("X-Odd")).containsExactly(odd, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{\"a\":\"b\"}", "{\"a\":[1]}", "{\"a\":[null]}", "not json", "{\"a\":[\"b\"]} x"})
    void malformedHeaderTextIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> StoredHeaders.decode(text));
    }

    @Test
    void errorsAreCutBetweenCodePointsAndCleanedOfWhatDatabasesRefuse() {
        assertThat(JdbcInbox.storedError("plain")).isEqualTo("plain");
        assertThat(JdbcInbox.storedError("x".repeat(2500))).hasSize(2000);
        String pairAcrossTheEnd = "x".repeat(1999) + "\uD83D\uDE00";
        assertThat(JdbcInbox.storedError(pairAcrossTheEnd)).isEqualTo("x".repeat(1999));
        assertThat(JdbcInbox.storedError("a\u0000b\uDC00c\uD800")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(JdbcInbox.storedError("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
    }

    @Test
    void instantsBeyondTheRangeOfMillisecondsSaturate() {
        assertThat(JdbcInbox.millis(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(JdbcInbox.millis(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
        assertThat(JdbcInbox.millis(Instant.ofEpochMilli(-5).plusNanos(500_000)))
                .isEqualTo(-5);
    }

    @Test
    void badArgumentsAreRefusedWithoutConnecting() {
        JdbcInbox inbox = JdbcInbox.create(unusable);
        for (int max : new int[] {-1, 0, JdbcInbox.MAX_CLAIM + 1}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> inbox.claim("w1", max, Instant.EPOCH, Duration.ofSeconds(30)))
                    .withMessageContaining("max");
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inbox.purge(InboxState.PENDING, Instant.EPOCH))
                .withMessageContaining("pending");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inbox.store(AbstractInboxContractTest.delivery("p".repeat(65), "k", Instant.EPOCH)))
                .withMessageContaining("provider");
        assertThat(connections).hasValue(0);
    }

    @Test
    void unsupportedDatabaseIsInboxUnavailableNamingIt() {
        DataSource oracle = new TestPool(() -> (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getMetaData" ->
                            Proxy.newProxyInstance(
                                    getClass().getClassLoader(),
                                    new Class<?>[] {DatabaseMetaData.class},
                                    (p, m, a) -> m.getName().equals("getDatabaseProductName") ? "Oracle" : null);
                        case "getAutoCommit" -> true;
                        case "isClosed" -> false;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> null;
                    };
                }));
        assertThatExceptionOfType(InboxUnavailableException.class)
                .isThrownBy(() -> JdbcInbox.create(oracle).store(AbstractInboxContractTest.delivery("evt_1")))
                .havingCause()
                .withMessageContaining("Oracle")
                .withMessageContaining("JdbcInbox.builder().dialect(");
    }

    @Test
    void unreachableDatabaseIsInboxUnavailableWithTheSqlExceptionAsCause() {
        assertThatExceptionOfType(InboxUnavailableException.class)
                .isThrownBy(() -> JdbcInbox.create(unusable).dialect())
                .withMessage("The inbox is unavailable: detect the database failed (SQLState 08001)")
                .withCauseInstanceOf(SQLException.class);
    }
}
