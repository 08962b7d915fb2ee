package io.webhooks4j.jdbc;

import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The inbox on an embedded, in-memory H2 database (the embedded default). */
class H2JdbcInboxTest extends AbstractJdbcInboxTest {
    private static final String URL = "jdbc:h2:mem:webhooks4j_inbox;DB_CLOSE_DELAY=-1";

    @Override
    Connection openConnection() throws SQLException {
        return DriverManager.getConnection(URL);
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.H2;
    }
}
