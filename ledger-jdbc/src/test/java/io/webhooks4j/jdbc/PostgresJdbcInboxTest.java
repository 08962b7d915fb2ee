package io.webhooks4j.jdbc;

import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;

/**
 * The inbox on a real PostgreSQL (claims with {@code FOR UPDATE SKIP LOCKED}); see {@link PostgresTestDatabase} for
 * how it is found, and when the tests are skipped.
 */
class PostgresJdbcInboxTest extends AbstractJdbcInboxTest {
    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.require(PostgresJdbcInboxTest.class);
    }

    @Override
    void assumeDatabase() {
        PostgresTestDatabase.assumeAvailable();
    }

    @Override
    Connection openConnection() throws SQLException {
        return PostgresTestDatabase.open();
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.POSTGRESQL;
    }
}
