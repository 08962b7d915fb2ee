package io.webhooks4j.jdbc;

import io.webhooks4j.jdbc.JdbcDeliveryLedger.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The inbox on a real MySQL 8 or MariaDB 10.6+ (InnoDB's {@code SKIP LOCKED}, error 1062, generated keys), opt-in:
 * skipped unless {@code WEBHOOKS4J_MYSQL_URL} is set (also in CI, which has no MySQL), with {@code
 * WEBHOOKS4J_MYSQL_USER} and {@code WEBHOOKS4J_MYSQL_PASSWORD}. The build carries no MySQL driver: give one on the
 * command line, for example {@code mvn -pl ledger-jdbc verify
 * -Dmaven.test.additionalClasspath=$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.6/mariadb-java-client-3.5.6.jar}
 * with {@code WEBHOOKS4J_MYSQL_URL=jdbc:mariadb://127.0.0.1:3306/wh4j}.
 */
class MySqlJdbcInboxTest extends AbstractJdbcInboxTest {
    private static String url;
    private static final Properties CREDENTIALS = new Properties();

    @BeforeAll
    static void findMySql() {
        url = System.getenv("WEBHOOKS4J_MYSQL_URL");
        String user = System.getenv("WEBHOOKS4J_MYSQL_USER");
        String password = System.getenv("WEBHOOKS4J_MYSQL_PASSWORD");
        if (user != null) {
            CREDENTIALS.setProperty("user", user);
        }
        if (password != null) {
            CREDENTIALS.setProperty("password", password);
        }
    }

    @Override
    void assumeDatabase() {
        Assumptions.assumeTrue(
                url != null && !url.isBlank(),
                "MySQL inbox tests are opt-in: set WEBHOOKS4J_MYSQL_URL (and give a driver, see the class comment)");
    }

    @Override
    Connection openConnection() throws SQLException {
        return DriverManager.getConnection(url, CREDENTIALS);
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.MYSQL;
    }
}
