package io.webhooks4j.sample.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.webhooks4j.inbox.InboxState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample on a real PostgreSQL ({@code WEBHOOKS_INBOX_URL}), from {@code WEBHOOKS4J_PG_URL}, {@code _USER} and
 * {@code _PASSWORD} as for the JDBC module's tests: skipped without them, except in CI ({@code CI} set). The sample
 * creates its table at start, in a schema of this test's own ({@code currentSchema}), dropped afterwards.
 */
class SamplePostgresTest {
    @TempDir
    Path dir;

    String url;
    String user;
    String password;
    String schema;
    SampleReceiver.Running running;

    @BeforeEach
    void requirePostgres() throws SQLException {
        url = System.getenv("WEBHOOKS4J_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "the sample's PostgreSQL test needs WEBHOOKS4J_PG_URL: eval \"$(bash"
                    + " ledger-jdbc/src/test/postgres/start-postgres.sh)\" prints it";
            if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
                fail("CI is set, so " + message);
            }
            Assumptions.abort(message);
        }
        user = System.getenv("WEBHOOKS4J_PG_USER");
        password = System.getenv("WEBHOOKS4J_PG_PASSWORD");
        schema = "sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (running != null) {
            running.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    void execute(String sql) throws SQLException {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(url, credentials);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void theSampleStoresAndHandlesDeliveriesOnPostgresqlAndSaysWhereItsInboxIs() throws Exception {
        String inboxUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        running = SampleReceiver.run(
                SampleSettings.forTest(dir).withFailFirst(1).withInbox(inboxUrl, user, password),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(running).as(err.toString(StandardCharsets.UTF_8)).isNotNull();
        String banner = out.toString(StandardCharsets.UTF_8);
        assertThat(banner)
                .contains("  inbox     PostgreSQL at " + inboxUrl + " (from WEBHOOKS_INBOX_URL)")
                .contains("  inspect   java -jar cli/target/webhooks4j-cli.jar inbox list\n");
        if (password != null && !password.isEmpty()) {
            assertThat(banner).doesNotContain("password=" + password);
        }

        Http.Curl curl = banner.lines()
                .filter(l -> l.startsWith("curl ") && l.contains("/webhooks/pagerduty'"))
                .findFirst()
                .map(Http::parseCurl)
                .orElseThrow();
        assertThat(curl.send().statusCode()).isEqualTo(200);

        String log = Http.await(
                () -> out.toString(StandardCharsets.UTF_8),
                l -> l.contains("received  pagerduty incident.triggered"),
                Duration.ofSeconds(20));
        assertThat(log).contains("retrying  pagerduty incident.triggered");
        Http.await(() -> running.inbox().counts().get(InboxState.DONE), n -> n == 1L, Duration.ofSeconds(10));
    }
}
