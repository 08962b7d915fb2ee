package io.webhooks4j.spring;

import static io.webhooks4j.spring.InboxAutoConfigurationTests.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.jdbc.JdbcDeliveryLedger;
import io.webhooks4j.jdbc.JdbcInbox;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter's inbox mode on the real PostgreSQL, whose JDBC URL, user and password come from {@code
 * WEBHOOKS4J_PG_URL}, {@code WEBHOOKS4J_PG_USER} and {@code WEBHOOKS4J_PG_PASSWORD}. Without them the tests are
 * skipped, except in CI (environment variable {@code CI} set), where a missing or unreachable database fails the
 * build (#19).
 */
class PostgresInboxTests {
    static final String HOW_TO_RUN = "To run them: eval \"$(ledger-jdbc/src/test/postgres/start-postgres.sh)\""
            + " && mvn -pl spring-adapter verify (the script installs and starts a throwaway PostgreSQL on"
            + " 127.0.0.1:55432 and prints the WEBHOOKS4J_PG_URL, _USER and _PASSWORD exports)";

    private static String skipReason;
    private static PGSimpleDataSource postgres;

    private TestDataSource database;
    private String table;

    @BeforeAll
    static void requirePostgres() {
        String url = System.getenv("WEBHOOKS4J_PG_URL");
        if (!isSet(url)) {
            String message = "PostgreSQL inbox tests need WEBHOOKS4J_PG_URL. " + HOW_TO_RUN;
            if (isSet(System.getenv("CI"))) {
                fail("CI is set, so the PostgreSQL tests must run: " + message);
            }
            System.err.println("SKIPPED " + PostgresInboxTests.class.getSimpleName() + ": " + message);
            skipReason = message;
            return;
        }
        skipReason = null;
        postgres = new PGSimpleDataSource();
        postgres.setUrl(url);
        String user = System.getenv("WEBHOOKS4J_PG_USER");
        String password = System.getenv("WEBHOOKS4J_PG_PASSWORD");
        if (isSet(user)) {
            postgres.setUser(user);
        }
        if (password != null) {
            postgres.setPassword(password);
        }
        postgres.setConnectTimeout(5);
        postgres.setLoginTimeout(5);
        try (Connection c = postgres.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        } catch (SQLException e) {
            // The URL was given, so an unreachable database is an error here and in CI alike.
            fail(
                    "Cannot connect to PostgreSQL at " + url + " (WEBHOOKS4J_PG_URL): " + e.getMessage() + ". "
                            + HOW_TO_RUN,
                    e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @BeforeEach
    void freshTable() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        database = new TestDataSource(postgres);
        table = "webhooks4j_inbox_spring_"
                + Long.toString(ThreadLocalRandom.current().nextLong() & 0xffffffL, 36);
    }

    @AfterEach
    void dropTable() throws SQLException {
        if (database != null) {
            database.comeBack();
            database.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
                .withPropertyValues(
                        InboxAutoConfigurationTests.STRIPE,
                        "webhooks.inbox.mode=inbox",
                        "webhooks.inbox.create-schema=true",
                        "webhooks.inbox.table=" + table,
                        "webhooks.inbox.workers=2",
                        "webhooks.inbox.poll-interval=100ms",
                        "webhooks.inbox.initial-backoff=50ms",
                        "webhooks.inbox.max-backoff=100ms",
                        "webhooks.inbox.max-attempts=3")
                .withBean(DataSource.class, () -> database)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(InboxAutoConfigurationTests.Recorder.class);
    }

    @Test
    void storesOnPostgresThenAWorkerHandlesRetriesUntilDeadAndTheEndpointBringsItBack() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            JdbcInbox inbox = context.getBean(JdbcInbox.class);
            assertThat(inbox.dialect()).isEqualTo(JdbcDeliveryLedger.Dialect.POSTGRESQL);
            assertThat(inbox.tableName()).isEqualTo(table);
            Webhooks webhooks = context.getBean(Webhooks.class);
            InboxAutoConfigurationTests.Recorder recorder = context.getBean(InboxAutoConfigurationTests.Recorder.class);

            assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_ok"))
                            .outcome())
                    .isEqualTo(DeliveryOutcome.Kind.STORED);
            await(() -> recorder.handled.contains("evt_ok attempt 1"));
            await(() -> inbox.counts().get(InboxState.DONE) == 1);

            recorder.failFirst = Integer.MAX_VALUE;
            webhooks.handle("stripe", Deliveries.invoicePaid("evt_dead"));
            await(() -> inbox.counts().get(InboxState.DEAD) == 1);
            var dead = inbox.list(InboxQuery.inState(InboxState.DEAD)).get(0);
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastError()).contains("the billing service is down");

            Health health = context.getBean(WebhooksInboxHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("dead", 1L);
            assertThat(context.getBean(MeterRegistry.class)
                            .get(InboxMetrics.DEAD)
                            .gauge()
                            .value())
                    .isEqualTo(1.0);

            recorder.failFirst = 0;
            WebhooksInboxEndpoint endpoint = context.getBean(WebhooksInboxEndpoint.class);
            assertThat(endpoint.operate("retry", dead.id(), null, null, null).count())
                    .isEqualTo(1);
            await(() -> recorder.handled.contains("evt_dead attempt 1"));
            await(() -> inbox.counts().get(InboxState.DONE) == 2);
            assertThat(endpoint.list("done", "stripe", null, null).deliveries()).hasSize(2);

            database.goDown();
            assertThat(context.getBean(WebhooksInboxHealthIndicator.class)
                            .health()
                            .getStatus())
                    .isEqualTo(Status.DOWN);
            assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_down"))
                            .status())
                    .as("not stored, so not acknowledged")
                    .isEqualTo(503);
            database.comeBack();
            assertThat(context.getBean(Inbox.class).find(dead.id())).isPresent();
        });
    }
}
