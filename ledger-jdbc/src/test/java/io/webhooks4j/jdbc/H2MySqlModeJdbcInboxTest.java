package io.webhooks4j.jdbc;

import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The MySQL dialect (its schema file, {@code LIMIT ... FOR UPDATE SKIP LOCKED} in a read-committed transaction, the
 * duplicate-key error 1062 / 23505) on H2 in its MySQL compatibility mode: no MySQL server runs in these tests, so
 * this checks the dialect's statements and schema, not InnoDB's locking.
 */
class H2MySqlModeJdbcInboxTest extends AbstractJdbcInboxTest {
    private static final String URL = "jdbc:h2:mem:webhooks4j_inbox_mysql;MODE=MySQL;DB_CLOSE_DELAY=-1";

    @Override
    Connection openConnection() throws SQLException {
        return DriverManager.getConnection(URL);
    }

    @Override
    JdbcInbox.Builder builder(DataSource dataSource) {
        return super.builder(dataSource).dialect(Dialect.MYSQL);
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.MYSQL;
    }
}
