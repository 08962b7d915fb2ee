package io.webhooks4j.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.webhooks4j.DeliveryLedger.Claim;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What needs no database: configuration, key mapping, schema text, dependencies. */
class JdbcDeliveryLedgerTest {
    /** printf 'a%.0s' {1..192} | sha256sum */
    private static final String SHA256_OF_192_AS = "7cee24628d290c16183532716cc5a8a889bc951b4b0a1507c32b8e29cee01052";

    private final AtomicInteger connections = new AtomicInteger();

    /** A data source that counts connection requests and fails them. */
    private final DataSource unusable = dataSource(() -> {
        connections.incrementAndGet();
        throw new SQLException("Connection refused", "08001");
    });

    private static DataSource dataSource(TestPool.Opener opener) {
        return new TestPool(opener);
    }

    @Test
    void buildsWithDefaultsWithoutConnecting() {
        JdbcDeliveryLedger ledger = JdbcDeliveryLedger.create(unusable);
        assertThat(ledger.tableName()).isEqualTo("webhooks4j_delivery");
        assertThat(ledger.lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ledger.retention()).isEqualTo(Duration.ofHours(72));
        assertThat(ledger)
                .hasToString(
                        "JdbcDeliveryLedger[table=webhooks4j_delivery, dialect=auto, lease=PT5M, retention=PT72H]");
        assertThat(connections).hasValue(0);
    }

    @Test
    void requiresADataSource() {
        assertThatIllegalStateException()
                .isThrownBy(() -> JdbcDeliveryLedger.builder().build())
                .withMessageContaining("dataSource");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "webhooks; DROP TABLE users",
                "1st_table",
                "web-hooks",
                "\"quoted\"",
                "a.b.c",
                "a..b",
                ".table",
                "select",
                "public.order",
                "webhooks delivery",
                "t\u00e4ble",
                "a_name_that_is_longer_than_forty_eight_characters_x"
            })
    void rejectsTableNamesThatAreNotPlainIdentifiers(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcDeliveryLedger.builder()
                        .dataSource(unusable)
                        .tableName(name)
                        .build())
                .withMessageContaining("tableName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhooks4j_delivery", "WebhookDelivery", "_ledger2", "billing.webhook_delivery"})
    void acceptsPlainAndSchemaQualifiedTableNames(String name) {
        assertThat(JdbcDeliveryLedger.builder()
                        .dataSource(unusable)
                        .tableName(name)
                        .build()
                        .tableName())
                .isEqualTo(name);
    }

    @Test
    void rejectsDurationsThatAreNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcDeliveryLedger.builder()
                        .dataSource(unusable)
                        .lease(Duration.ZERO)
                        .build())
                .withMessageContaining("lease");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcDeliveryLedger.builder()
                        .dataSource(unusable)
                        .lease(Duration.ofNanos(1))
                        .build())
                .withMessageContaining("lease");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcDeliveryLedger.builder()
                        .dataSource(unusable)
                        .retention(Duration.ofHours(-1))
                        .build())
                .withMessageContaining("retention");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JdbcDeliveryLedger.builder()
                        .dataSource(unusable)
                        .queryTimeout(Duration.ofSeconds(-1))
                        .build())
                .withMessageContaining("queryTimeout");
    }

    @Test
    void tellsTheDialectFromTheProductName() {
        assertThat(Dialect.fromProductName("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.fromProductName("MySQL")).isEqualTo(Dialect.MYSQL);
        assertThat(Dialect.fromProductName("MariaDB")).isEqualTo(Dialect.MYSQL);
        assertThat(Dialect.fromProductName("H2")).isEqualTo(Dialect.H2);
        assertThatIllegalStateException()
                .isThrownBy(() -> Dialect.fromProductName("Oracle"))
                .withMessageContaining("Oracle")
                .withMessageContaining("dialect(");
    }

    @Test
    void unsupportedDatabaseIsLedgerUnavailableNamingIt() {
        DataSource oracle = dataSource(() -> (Connection) Proxy.newProxyInstance(
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
        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> JdbcDeliveryLedger.create(oracle).claim("stripe", "evt_1"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.LEDGER_UNAVAILABLE))
                .havingCause()
                .withMessageContaining("Oracle");
    }

    @Test
    void unreachableDatabaseIsLedgerUnavailableWithTheSqlExceptionAsCause() {
        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> JdbcDeliveryLedger.create(unusable).claim("stripe", "evt_1"))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.LEDGER_UNAVAILABLE))
                .withCauseInstanceOf(SQLException.class);
    }

    @Test
    void claimsNotHeldAreIgnoredWithoutTouchingTheDatabase() {
        JdbcDeliveryLedger ledger = JdbcDeliveryLedger.create(unusable);
        ledger.complete(new Claim("stripe", "evt_1", Claim.Status.DONE, null));
        ledger.release(new Claim("stripe", "evt_1", Claim.Status.IN_FLIGHT, null));
        ledger.complete(new Claim("stripe", "evt_1", Claim.Status.CLAIMED, null));
        assertThat(connections).hasValue(0);
    }

    @Test
    void rejectsProviderIdsWiderThanTheColumn() {
        JdbcDeliveryLedger ledger = JdbcDeliveryLedger.create(unusable);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ledger.claim("p".repeat(65), "evt_1"))
                .withMessageContaining("provider");
        assertThat(connections).hasValue(0);
    }

    @Test
    void storesPlainKeysAsTheyAreAndHashesTheRest() throws Exception {
        assertThat(JdbcDeliveryLedger.storedKey("evt_1NqYz2LkdIwHu7ix")).isEqualTo("evt_1NqYz2LkdIwHu7ix");
        assertThat(JdbcDeliveryLedger.storedKey("72d3162e-cc78-11e3-81ab-4c9367dc0958"))
                .isEqualTo("72d3162e-cc78-11e3-81ab-4c9367dc0958");
        String max = "a".repeat(191);
        assertThat(JdbcDeliveryLedger.storedKey(max)).isEqualTo(max);
        assertThat(JdbcDeliveryLedger.storedKey("a".repeat(192)))
                .isEqualTo(AbstractJdbcDeliveryLedgerTest.sha256Key("a".repeat(192)))
                .hasSize(7 + 64);
        assertThat(JdbcDeliveryLedger.storedKey("a".repeat(192))).isEqualTo("sha256:" + SHA256_OF_192_AS);
        assertThat(JdbcDeliveryLedger.storedKey("sha256:abc"))
                .isEqualTo(AbstractJdbcDeliveryLedgerTest.sha256Key("sha256:abc"));
        // Hashed because MySQL's collations ignore trailing spaces when comparing.
        assertThat(JdbcDeliveryLedger.storedKey("abc ")).isEqualTo(AbstractJdbcDeliveryLedgerTest.sha256Key("abc "));
        assertThat(JdbcDeliveryLedger.storedKey("caf\u00e9"))
                .isEqualTo(AbstractJdbcDeliveryLedgerTest.sha256Key("caf\u00e9"));
        assertThat(JdbcDeliveryLedger.storedKey("")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shipsASchemaForEachDialectAndRenamesTableAndIndex(Dialect dialect) {
        String original = JdbcDeliveryLedger.schemaSql(dialect, "webhooks4j_delivery");
        assertThat(original)
                .contains("CREATE TABLE IF NOT EXISTS webhooks4j_delivery (")
                .contains("provider     VARCHAR(64)")
                .contains("delivery_key VARCHAR(191)")
                .contains("PRIMARY KEY (provider, delivery_key)")
                .contains("webhooks4j_delivery_expires_idx");

        String renamed = JdbcDeliveryLedger.schemaSql(dialect, "billing.hooks");
        assertThat(renamed)
                .contains("CREATE TABLE IF NOT EXISTS billing.hooks (")
                .doesNotContain("webhooks4j_delivery");
        assertThat(renamed).contains(dialect == Dialect.H2 ? "billing.hooks_expires_idx" : " hooks_expires_idx");
    }

    @Test
    void dependsOnlyOnTheJdkAndCore() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "java..",
                        "javax.sql..",
                        "io.webhooks4j",
                        "io.webhooks4j.inbox",
                        "io.webhooks4j.spi",
                        "io.webhooks4j.jdbc..",
                        "org.jspecify.annotations..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.webhooks4j.jdbc"));
    }
}
