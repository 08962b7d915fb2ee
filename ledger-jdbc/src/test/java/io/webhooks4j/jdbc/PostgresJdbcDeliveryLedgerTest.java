package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.fail;

import io.webhooks4j.DeliveryLedger.Claim;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;
import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger on a real PostgreSQL, whose JDBC URL, user and password come from {@code WEBHOOKS4J_PG_URL},
 * {@code WEBHOOKS4J_PG_USER} and {@code WEBHOOKS4J_PG_PASSWORD}. Without them the tests are skipped, except
 * in CI (environment variable {@code CI} set), where a missing or unreachable database fails the build.
 */
class PostgresJdbcDeliveryLedgerTest extends AbstractJdbcDeliveryLedgerTest {
    static final String HOW_TO_RUN = "To run them: eval \"$(ledger-jdbc/src/test/postgres/start-postgres.sh)\""
            + " && mvn -pl ledger-jdbc verify (the script installs and starts a throwaway PostgreSQL on"
            + " 127.0.0.1:55432 and prints the WEBHOOKS4J_PG_URL, _USER and _PASSWORD exports)";

    private static String url;
    private static String skipReason;
    private static Properties credentials;

    @BeforeAll
    static void requirePostgres() {
        boolean ci = isSet(System.getenv("CI"));
        url = System.getenv("WEBHOOKS4J_PG_URL");
        if (!isSet(url)) {
            String message = "PostgreSQL ledger tests need WEBHOOKS4J_PG_URL. " + HOW_TO_RUN;
            if (ci) {
                fail("CI is set, so the PostgreSQL tests must run: " + message);
            }
            System.err.println("SKIPPED " + PostgresJdbcDeliveryLedgerTest.class.getSimpleName() + ": " + message);
            skipReason = message;
            return;
        }
        skipReason = null;
        credentials = new Properties();
        String user = System.getenv("WEBHOOKS4J_PG_USER");
        String password = System.getenv("WEBHOOKS4J_PG_PASSWORD");
        if (isSet(user)) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("loginTimeout", "5");
        try (Connection c = DriverManager.getConnection(url, credentials)) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        } catch (SQLException e) {
            // The URL was given, so an unreachable database is an error here and in CI alike.
            fail(
                    "Cannot connect to PostgreSQL at " + url + " (WEBHOOKS4J_PG_URL): " + e.getMessage() + ". "
                            + HOW_TO_RUN,
                    e);
        }
    }

    @Override
    void assumeDatabase() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    Connection openConnection() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void serverTerminatingTheConnectionsGives503ThenTheLedgerRecoversOnNewConnections() throws Exception {
        Claim held = ledger.claim(PROVIDER, "evt_1");
        try (Statement s = admin().createStatement();
                ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE usename = current_user AND datname = current_database()"
                        + " AND pid <> pg_backend_pid()")) {
            rs.next();
            assertThat(rs.getInt(1)).as("backends terminated").isPositive();
        }

        assertThatExceptionOfType(WebhookException.class)
                .isThrownBy(() -> ledger.complete(held))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.LEDGER_UNAVAILABLE))
                .withCauseInstanceOf(SQLException.class);
        assertThat(states()).containsEntry("evt_1", "IN_FLIGHT");

        Claim next = ledger.claim(PROVIDER, "evt_2");
        assertThat(next.status()).isEqualTo(Claim.Status.CLAIMED);
    }
}
