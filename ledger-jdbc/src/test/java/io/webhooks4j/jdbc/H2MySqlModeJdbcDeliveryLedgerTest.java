package io.webhooks4j.jdbc;

import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The MySQL dialect ({@code INSERT IGNORE}, the MySQL schema file) on H2 in its MySQL compatibility mode: no
 * MySQL server runs in these tests, so this checks the dialect's statements and schema, not InnoDB's locking.
 */
class H2MySqlModeJdbcDeliveryLedgerTest extends AbstractJdbcDeliveryLedgerTest {
    private static final String URL = "jdbc:h2:mem:webhooks4j_ledger_mysql;MODE=MySQL;DB_CLOSE_DELAY=-1";

    @Override
    Connection openConnection() throws SQLException {
        return DriverManager.getConnection(URL);
    }

    @Override
    JdbcDeliveryLedger.Builder builder(DataSource dataSource) {
        return super.builder(dataSource).dialect(Dialect.MYSQL);
    }

    @Override
    int concurrentDeliveries() {
        return 200;
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.MYSQL;
    }
}
