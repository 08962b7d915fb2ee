package io.webhooks4j.spring;

import static io.webhooks4j.spring.InboxAutoConfigurationTests.INBOX;
import static io.webhooks4j.spring.InboxAutoConfigurationTests.NO_WORKERS;
import static io.webhooks4j.spring.InboxAutoConfigurationTests.SCHEMA;
import static io.webhooks4j.spring.InboxAutoConfigurationTests.STRIPE;
import static io.webhooks4j.spring.InboxAutoConfigurationTests.TWILIO;
import static io.webhooks4j.spring.InboxAutoConfigurationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.jdbc.JdbcInbox;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Operating the inbox from a real Spring context on H2: the health indicator, the gauges and attempt counters, and
 * the Actuator endpoint's operations (#19).
 */
class InboxOperationsTests {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
            .withPropertyValues(STRIPE, TWILIO, INBOX, SCHEMA, NO_WORKERS)
            .withBean(InboxAutoConfigurationTests.Recorder.class);

    @Test
    void healthIsUpWithCountsAndTheOldestDueAgeAndDeadDeliveriesDoNotMakeItDown() {
        TestDataSource database = TestDataSource.h2("health");
        runner.withPropertyValues("webhooks.inbox.max-attempts=1")
                .withBean(DataSource.class, () -> database)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    WebhooksInboxHealthIndicator indicator = context.getBean(WebhooksInboxHealthIndicator.class);
                    InboxAutoConfigurationTests.Recorder recorder =
                            context.getBean(InboxAutoConfigurationTests.Recorder.class);
                    recorder.failFirst = Integer.MAX_VALUE;
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_dead"));
                    drain(webhooks, () -> context.getBean(Inbox.class).counts().get(InboxState.DEAD) == 1);
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_waiting"));

                    Health up = indicator.health();
                    assertThat(up.getStatus()).isEqualTo(Status.UP);
                    assertThat(up.getDetails())
                            .containsEntry("dead", 1L)
                            .containsEntry("durable", true)
                            .containsEntry("deliveries", Map.of("pending", 1L, "claimed", 0L, "done", 0L, "dead", 1L))
                            .containsKey("oldestDueAgeSeconds")
                            .containsKey("inbox");
                    assertThat((String) up.getDetails().get("inbox")).contains("webhooks4j_inbox");

                    database.goDown();
                    Health down = indicator.health();
                    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(String.valueOf(down.getDetails().get("error"))).contains("InboxUnavailableException");

                    database.comeBack();
                    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
                });
    }

    @Test
    void theHealthIndicatorCanBeSwitchedOffAndNeedsActuatorsHealth() {
        runner.withPropertyValues("management.health.webhooksinbox.enabled=false")
                .withBean(DataSource.class, () -> TestDataSource.h2("nohealth"))
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(WebhooksInboxHealthIndicator.class)
                        .hasSingleBean(WebhooksInboxEndpoint.class));
        runner.withBean(DataSource.class, () -> TestDataSource.h2("noactuatorhealth"))
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhooksInboxHealthIndicator.class));
    }

    @Test
    void gaugesCountByStateTheOldestDueAgeAndTheDeadFromOneCachedRead() {
        TestDataSource database = TestDataSource.h2("gauges");
        runner.withPropertyValues("webhooks.inbox.max-attempts=1")
                .withBean(DataSource.class, () -> database)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    context.getBean(InboxAutoConfigurationTests.Recorder.class).failFirst = Integer.MAX_VALUE;
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_dead"));
                    drain(webhooks, () -> context.getBean(Inbox.class).counts().get(InboxState.DEAD) == 1);
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_2"));

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    int connections = database.connections();
                    for (int scrape = 0; scrape < 50; scrape++) {
                        assertThat(gauge(registry, "pending")).isEqualTo(2.0);
                        assertThat(gauge(registry, "dead")).isEqualTo(1.0);
                        assertThat(gauge(registry, "done")).isEqualTo(0.0);
                        assertThat(gauge(registry, "claimed")).isEqualTo(0.0);
                        assertThat(registry.get(InboxMetrics.DEAD).gauge().value())
                                .isEqualTo(1.0);
                        assertThat(registry.get(InboxMetrics.OLDEST_DUE_AGE)
                                        .timeGauge()
                                        .value(java.util.concurrent.TimeUnit.SECONDS))
                                .isGreaterThanOrEqualTo(0.0);
                    }
                    // one snapshot (two queries) serves 300 gauge reads
                    assertThat(database.connections() - connections).isBetween(1, 2);
                });
    }

    @Test
    void aSnapshotIsReadAtMostOncePerMaxAgeAndGaugesAreNanWhileTheInboxCannotBeRead() throws Exception {
        TestDataSource database = TestDataSource.h2("snapshots");
        JdbcInbox inbox = JdbcInbox.builder().dataSource(database).build();
        inbox.createSchema();
        AtomicLong nanos = new AtomicLong();
        InboxSnapshots snapshots =
                new InboxSnapshots(inbox, Clock.systemUTC(), nanos::get, InboxSnapshots.DEFAULT_MAX_AGE);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new InboxMetrics(snapshots).bindTo(registry);

        int start = database.connections();
        assertThat(gauge(registry, "pending")).isEqualTo(0.0);
        int oneRead = database.connections() - start;
        assertThat(oneRead).isEqualTo(2);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(gauge(registry, "pending")).isEqualTo(0.0);
        assertThat(database.connections() - start).as("cached").isEqualTo(oneRead);

        database.goDown();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(gauge(registry, "pending")).isNaN();
        assertThat(registry.get(InboxMetrics.DEAD).gauge().value()).isNaN();

        database.comeBack();
        assertThat(gauge(registry, "pending")).as("the failure is kept as long").isNaN();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(gauge(registry, "pending")).isEqualTo(0.0);
    }

    @Test
    void workerAttemptsAreCountedByOutcomeAndNotAsDeliveriesReceived() {
        runner.withPropertyValues(
                        "webhooks.inbox.max-attempts=2",
                        "webhooks.inbox.initial-backoff=10ms",
                        "webhooks.inbox.max-backoff=10ms")
                .withBean(DataSource.class, () -> TestDataSource.h2("attempts"))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    Inbox inbox = context.getBean(Inbox.class);
                    context.getBean(InboxAutoConfigurationTests.Recorder.class).failFirst = Integer.MAX_VALUE;
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_dead"));
                    drain(webhooks, () -> inbox.counts().get(InboxState.DEAD) == 1);
                    context.getBean(InboxAutoConfigurationTests.Recorder.class).failFirst = 0;
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_ok"));
                    drain(webhooks, () -> inbox.counts().get(InboxState.DONE) == 1);

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(attempts(registry, "retrying")).isEqualTo(1.0);
                    assertThat(attempts(registry, "dead")).isEqualTo(1.0);
                    assertThat(attempts(registry, "handled")).isEqualTo(1.0);
                    // received: two stored deliveries, and nothing else in the timer
                    assertThat(registry.get(MicrometerWebhookObserver.METER)
                                    .tag("outcome", "stored")
                                    .timer()
                                    .count())
                            .isEqualTo(2);
                    assertThat(registry.find(MicrometerWebhookObserver.METER).timers())
                            .allSatisfy(
                                    t -> assertThat(t.getId().getTag("outcome")).isEqualTo("stored"));
                });
    }

    @Test
    void theEndpointListsAndShowsDeliveriesWithoutHeaderValuesOrBodies() {
        WebhookRequest signed = Deliveries.invoicePaid("evt_1");
        String signature = signed.header(FakeProvider.SIGNATURE).orElseThrow();
        runner.withBean(DataSource.class, () -> TestDataSource.h2("show")).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            webhooks.handle("stripe", signed);
            webhooks.handle("stripe", Deliveries.invoicePaid("evt_2"));
            WebhooksInboxEndpoint endpoint = context.getBean(WebhooksInboxEndpoint.class);

            WebhooksInboxEndpoint.Listing all = endpoint.list(null, null, null, null);
            assertThat(all.durable()).isTrue();
            assertThat(all.counts()).containsEntry("pending", 2L).containsEntry("dead", 0L);
            assertThat(all.deliveries())
                    .extracting(WebhooksInboxEndpoint.Summary::deliveryId)
                    .containsExactly("evt_2", "evt_1");
            assertThat(endpoint.list("pending", "stripe", 1, null).deliveries())
                    .singleElement()
                    .satisfies(s -> assertThat(s.deliveryId()).isEqualTo("evt_2"));
            assertThat(endpoint.list("dead", null, null, null).deliveries()).isEmpty();
            assertThat(endpoint.list(null, "twilio", null, null).deliveries()).isEmpty();
            long first = all.deliveries().get(1).id();
            assertThat(endpoint.list(null, null, null, all.deliveries().get(0).id())
                            .deliveries())
                    .extracting(WebhooksInboxEndpoint.Summary::id)
                    .containsExactly(first);

            WebhooksInboxEndpoint.Details details = endpoint.show(first, null, SecurityContext.NONE);
            assertThat(details).isNotNull();
            assertThat(details.headerNames()).contains(FakeProvider.SIGNATURE, FakeProvider.EVENT);
            assertThat(details.bodyBytes()).isEqualTo(signed.body().length());
            assertThat(details.body()).isNull();
            assertThat(details.url()).isEqualTo("https://hooks.example.com/webhooks/stripe");
            assertThat(details.toString() + details.headerNames() + all).doesNotContain(signature);
            assertThat(endpoint.show(first, true, SecurityContext.NONE).body())
                    .as("show-body is never by default")
                    .isNull();
            assertThat(endpoint.show(first + 1000, null, SecurityContext.NONE)).isNull();

            assertThatExceptionOfType(InvalidEndpointRequestException.class)
                    .isThrownBy(() -> endpoint.list("zombie", null, null, null))
                    .withMessageContaining("pending, claimed, done or dead");
            assertThatExceptionOfType(InvalidEndpointRequestException.class)
                    .isThrownBy(() -> endpoint.list(null, null, 0, null))
                    .withMessageContaining("limit must be between 1 and 1000");
        });
    }

    @Test
    void theBodyIsShownOnlyWhenAskedForAndShowBodyAllowsIt() {
        SecurityContext operator = new SecurityContext() {
            @Override
            public Principal getPrincipal() {
                return () -> "operator";
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }
        };
        String json = "{\"id\":\"in_1\",\"amountPaid\":2000}";
        runner.withPropertyValues("webhooks.inbox.show-body=when-authorized")
                .withBean(DataSource.class, () -> TestDataSource.h2("body"))
                .run(context -> {
                    context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("evt_1"));
                    WebhooksInboxEndpoint endpoint = context.getBean(WebhooksInboxEndpoint.class);
                    long id = endpoint.list(null, null, null, null)
                            .deliveries()
                            .get(0)
                            .id();
                    assertThat(endpoint.show(id, true, SecurityContext.NONE).body())
                            .isNull();
                    assertThat(endpoint.show(id, null, operator).body()).isNull();
                    assertThat(endpoint.show(id, true, operator).body()).isEqualTo(json);
                });
        runner.withPropertyValues("webhooks.inbox.show-body=always")
                .withBean(DataSource.class, () -> TestDataSource.h2("body-always"))
                .run(context -> {
                    context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("evt_1"));
                    WebhooksInboxEndpoint endpoint = context.getBean(WebhooksInboxEndpoint.class);
                    long id = endpoint.list(null, null, null, null)
                            .deliveries()
                            .get(0)
                            .id();
                    assertThat(endpoint.show(id, true, SecurityContext.NONE).body())
                            .isEqualTo(json);
                });
    }

    @Test
    void theEndpointRetriesReplaysAndPurges() {
        runner.withPropertyValues("webhooks.inbox.max-attempts=1")
                .withBean(DataSource.class, () -> TestDataSource.h2("operate"))
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    Inbox inbox = context.getBean(Inbox.class);
                    InboxAutoConfigurationTests.Recorder recorder =
                            context.getBean(InboxAutoConfigurationTests.Recorder.class);
                    WebhooksInboxEndpoint endpoint = context.getBean(WebhooksInboxEndpoint.class);
                    recorder.failFirst = Integer.MAX_VALUE;
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_2"));
                    drain(webhooks, () -> inbox.counts().get(InboxState.DEAD) == 2);
                    recorder.failFirst = 0;

                    long one = inbox.list(InboxQuery.inState(InboxState.DEAD))
                            .get(0)
                            .id();
                    assertThat(endpoint.operate("retry", one, null, null, null).count())
                            .isEqualTo(1);
                    drain(webhooks, () -> inbox.counts().get(InboxState.DONE) == 1);
                    WebhooksInboxEndpoint.Result rest = endpoint.operate("retry-dead", null, null, null, null);
                    assertThat(rest.count()).isEqualTo(1);
                    assertThat(rest.message()).isEqualTo("1 dead delivery is due again now");
                    drain(webhooks, () -> inbox.counts().get(InboxState.DONE) == 2);
                    assertThat(recorder.handled).hasSize(2);
                    assertThat(endpoint.operate("retry", one + 1000, null, null, null)
                                    .count())
                            .isZero();

                    assertThat(endpoint.operate("replay", null, "1h", null, null)
                                    .count())
                            .isEqualTo(2);
                    drain(
                            webhooks,
                            () -> inbox.counts().get(InboxState.DONE) == 2
                                    && inbox.counts().get(InboxState.PENDING) == 0);
                    assertThat(recorder.handled).hasSize(4);
                    assertThat(endpoint.operate(
                                            "replay",
                                            null,
                                            Instant.now().plusSeconds(60).toString(),
                                            null,
                                            null)
                                    .count())
                            .isZero();

                    assertThat(endpoint.operate("purge", null, null, "done", "1h")
                                    .count())
                            .as("done only just now")
                            .isZero();
                    Thread.sleep(5);
                    assertThat(endpoint.operate("PURGE", null, null, "done", "0s")
                                    .count())
                            .isEqualTo(2);
                    assertThat(inbox.counts().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .isZero();

                    assertThatExceptionOfType(InvalidEndpointRequestException.class)
                            .isThrownBy(() -> endpoint.operate("retry", null, null, null, null))
                            .withMessageContaining("id");
                    assertThatExceptionOfType(InvalidEndpointRequestException.class)
                            .isThrownBy(() -> endpoint.operate("replay", null, "yesterday", null, null))
                            .withMessageContaining("since must be a duration");
                    assertThatExceptionOfType(InvalidEndpointRequestException.class)
                            .isThrownBy(() -> endpoint.operate("purge", null, null, "pending", "1d"))
                            .withMessageContaining("done or dead");
                    assertThatExceptionOfType(InvalidEndpointRequestException.class)
                            .isThrownBy(() -> endpoint.operate("purge", null, null, "dead", null))
                            .withMessageContaining("olderThan");
                    assertThatExceptionOfType(InvalidEndpointRequestException.class)
                            .isThrownBy(() -> endpoint.operate("explode", null, null, null, null))
                            .withMessageContaining("retry, retry-dead, replay or purge");
                });
    }

    @Test
    void theEndpointReadsOnlyUnlessItsAccessIsUnrestricted() throws Exception {
        org.springframework.boot.actuate.endpoint.annotation.Endpoint annotation =
                WebhooksInboxEndpoint.class.getAnnotation(
                        org.springframework.boot.actuate.endpoint.annotation.Endpoint.class);
        assertThat(annotation.id()).isEqualTo("webhooksinbox");
        assertThat(annotation.defaultAccess()).isEqualTo(org.springframework.boot.actuate.endpoint.Access.READ_ONLY);
        assertThat(WebhooksInboxEndpoint.class
                        .getMethod("operate", String.class, Long.class, String.class, String.class, String.class)
                        .isAnnotationPresent(org.springframework.boot.actuate.endpoint.annotation.WriteOperation.class))
                .isTrue();
    }

    @Test
    void noInboxNoOperations() {
        new ApplicationContextRunner()
                .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
                .withPropertyValues(STRIPE)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context)
                            .hasNotFailed()
                            .doesNotHaveBean(InboxSnapshots.class)
                            .doesNotHaveBean(WebhooksInboxEndpoint.class)
                            .doesNotHaveBean(WebhooksInboxHealthIndicator.class)
                            .doesNotHaveBean(InboxMetrics.class);
                    assertThat(context.getBean(MeterRegistry.class)
                                    .find(InboxMetrics.DELIVERIES)
                                    .gauges())
                            .isEmpty();
                });
    }

    private static double gauge(MeterRegistry registry, String state) {
        return registry.get(InboxMetrics.DELIVERIES).tag("state", state).gauge().value();
    }

    private static double attempts(MeterRegistry registry, String outcome) {
        return registry.get(MicrometerWebhookObserver.ATTEMPTS)
                .tag("provider", "stripe")
                .tag("event.type", "invoice.paid")
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
