package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.RetryPolicy;
import io.webhooks4j.jdbc.JdbcInbox;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import io.webhooks4j.test.TestDeliveries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox commands on a real PostgreSQL (its driver is in the tool), whose URL, user and password come from {@code
 * WEBHOOKS4J_PG_URL}, {@code _USER} and {@code _PASSWORD}, as for the JDBC module's tests: skipped without them, except
 * in CI ({@code CI} set), where a missing database fails. Each test has a table of its own, dropped afterwards.
 */
class InboxCommandsPostgresTest {
    static final String SECRET = "whsec_inbox_cli_pg_0123456789";

    String url;
    String user;
    String password;
    String table;
    InboxDatabase.DriverDataSource dataSource;
    JdbcInbox inbox;
    Webhooks webhooks;

    @BeforeEach
    void requirePostgres() {
        url = System.getenv("WEBHOOKS4J_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "the PostgreSQL inbox CLI tests need WEBHOOKS4J_PG_URL: eval \"$(bash"
                    + " ledger-jdbc/src/test/postgres/start-postgres.sh)\" prints it";
            if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
                fail("CI is set, so " + message);
            }
            Assumptions.abort(message);
        }
        user = System.getenv("WEBHOOKS4J_PG_USER");
        password = System.getenv("WEBHOOKS4J_PG_PASSWORD");
        table = "cli_inbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        dataSource = new InboxDatabase.DriverDataSource(url, user, password);
        inbox = JdbcInbox.builder().dataSource(dataSource).tableName(table).build();
        inbox.createSchema();
        webhooks = Webhooks.builder()
                .provider(StripeProvider.create(SECRET))
                .inbox(inbox)
                .inboxOptions(InboxOptions.DEFAULT.withWorkers(0).withRetry(RetryPolicy.DEFAULT.withMaxAttempts(1)))
                .on(StripeEvents.INVOICE_PAID, e -> {
                    if (e.id().startsWith("evt_fail")) {
                        throw new IllegalStateException("down (test)");
                    }
                })
                .build();
        for (String id : new String[] {"evt_ok_pg", "evt_fail_pg"}) {
            assertThat(webhooks.handle(
                                    "stripe",
                                    TestDeliveries.provider("stripe")
                                            .secrets(SECRET)
                                            .body(InboxCommandsTest.invoice(id))
                                            .build())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(webhooks.processInbox()).isEqualTo(2);
    }

    @AfterEach
    void dropTable() throws SQLException {
        if (webhooks != null) {
            webhooks.close();
        }
        if (dataSource != null) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    record Result(int code, String out, String err) {}

    Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, Clock.systemUTC());
        return new Result(code, out.toString(), err.toString());
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("WEBHOOKS_INBOX_URL", url);
        if (user != null) {
            env.put("WEBHOOKS_INBOX_USER", user);
        }
        if (password != null) {
            env.put("WEBHOOKS_INBOX_PASSWORD", password);
        }
        return env;
    }

    @Test
    void listShowStatsAndRetryWorkOnPostgresql() {
        Map<String, String> env = environment();

        Result list = run(env, "inbox", "list", "--table", table, "--state", "dead");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines().skip(1)).singleElement().asString().contains("stripe", "dead", "down (test)");

        long id = Long.parseLong(
                list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0]);
        Result show = run(env, "inbox", "show", String.valueOf(id), "--table", table);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out())
                .contains("delivery id:  evt_fail_pg (unverified)")
                .contains("\"id\":\"evt_fail_pg\"");

        Result stats = run(env, "inbox", "stats", "--table", table);
        assertThat(stats.out()).contains("done     1").contains("dead     1");

        Result retry = run(env, "inbox", "retry", "--dead", "--table", table);
        assertThat(retry.out()).isEqualTo("1 dead delivery is due again now.\n");
        assertThat(inbox.counts()).containsEntry(InboxState.PENDING, 1L);
    }

    @Test
    void aMissingTableAndAWrongPasswordAreClearErrors() {
        Result missing = run(environment(), "inbox", "list", "--table", table + "_missing");
        assertThat(missing.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(missing.err()).startsWith("No inbox table " + table + "_missing in ");

        Map<String, String> wrong = environment();
        wrong.put("WEBHOOKS_INBOX_PASSWORD", "not-the-password-42");
        Result refused = run(wrong, "inbox", "stats", "--table", table);
        assertThat(refused.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(refused.err()).contains("refused the login").doesNotContain("not-the-password-42");
    }
}
