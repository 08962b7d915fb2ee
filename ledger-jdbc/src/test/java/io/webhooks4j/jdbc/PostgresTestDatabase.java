package io.webhooks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL of the inbox tests, under the rules of {@link PostgresJdbcDeliveryLedgerTest}: {@code
 * WEBHOOKS4J_PG_URL}, {@code WEBHOOKS4J_PG_USER} and {@code WEBHOOKS4J_PG_PASSWORD}; skipped without them, except
 * in CI (environment variable {@code CI} set), where a missing or unreachable database fails the build.
 */
final class PostgresTestDatabase {
    private static String url;
    private static Properties credentials;
    private static String skipReason;

    private PostgresTestDatabase() {}

    /** Checks the environment and the connection once per test class ({@code @BeforeAll}). */
    static void require(Class<?> testClass) {
        boolean ci = isSet(System.getenv("CI"));
        url = System.getenv("WEBHOOKS4J_PG_URL");
        if (!isSet(url)) {
            String message = "PostgreSQL tests need WEBHOOKS4J_PG_URL. " + PostgresJdbcDeliveryLedgerTest.HOW_TO_RUN;
            if (ci) {
                fail("CI is set, so the PostgreSQL tests must run: " + message);
            }
            System.err.println("SKIPPED " + testClass.getSimpleName() + ": " + message);
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
            fail(
                    "Cannot connect to PostgreSQL at " + url + " (WEBHOOKS4J_PG_URL): " + e.getMessage() + ". "
                            + PostgresJdbcDeliveryLedgerTest.HOW_TO_RUN,
                    e);
        }
    }

    /** Skips the test when there is no database here (and not in CI). */
    static void assumeAvailable() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    static Connection open() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
