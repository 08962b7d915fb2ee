package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Delivery;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.InMemoryInbox;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.RetryPolicy;
import io.webhooks4j.jdbc.JdbcInbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter in inbox mode, on a real H2 database: the properties, the inbox it chooses (the application's, else a
 * JdbcInbox on its DataSource), the modes per provider, the mistakes that fail start-up, and the workers stopping
 * with the context (#19).
 */
class InboxAutoConfigurationTests {
    static final String STRIPE = "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET;
    static final String TWILIO = "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET;
    static final String INBOX = "webhooks.inbox.mode=inbox";
    static final String SCHEMA = "webhooks.inbox.create-schema=true";
    /** No worker threads: the tests run due deliveries themselves, with {@link Webhooks#processInbox()}. */
    static final String NO_WORKERS = "webhooks.inbox.workers=0";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS)
            .withPropertyValues(STRIPE, TWILIO);

    /** A listener that fails the first {@link #failFirst} attempts of each delivery. */
    static class Recorder {
        final List<String> handled = new CopyOnWriteArrayList<>();
        volatile int failFirst;

        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event, Delivery delivery) {
            if (delivery.attempt() <= failFirst) {
                throw new IllegalStateException("the billing service is down");
            }
            handled.add(event.deliveryId() + " attempt " + delivery.attempt());
        }
    }

    @Test
    void inlineIsTheDefaultAndNothingChanges() {
        runner.withBean(DataSource.class, () -> TestDataSource.h2("inline"))
                .withBean(Recorder.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(Inbox.class);
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.inbox()).isEmpty();
                    assertThat(webhooks.mode("stripe", "invoice.paid")).isEqualTo(DeliveryMode.INLINE);
                    WebhookResponse response = webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
                    assertThat(context.getBean(Recorder.class).handled).containsExactly("evt_1 attempt 1");
                    assertThat(context)
                            .doesNotHaveBean(WebhooksInboxEndpoint.class)
                            .doesNotHaveBean(WebhooksInboxHealthIndicator.class);
                });
    }

    @Test
    void theDefaultsAreTheCoresAndTheJdbcInboxs() {
        WebhooksProperties.Inbox defaults = new WebhooksProperties().getInbox();
        assertThat(defaults.getMode()).isEqualTo(DeliveryMode.INLINE);
        assertThat(defaults.getTable()).isEqualTo(JdbcInbox.DEFAULT_TABLE_NAME);
        assertThat(defaults.isCreateSchema()).isFalse();
        assertThat(defaults.getShowBody()).isEqualTo(WebhooksProperties.ShowBody.NEVER);
        InboxOptions options = new WebhooksAssembly(
                        new WebhooksProperties(),
                        new ConfiguredProviders(ProviderCatalogue.of(List.of()), Map.of(), null),
                        java.time.Clock.systemUTC())
                .inboxOptions();
        assertThat(options).isEqualTo(InboxOptions.DEFAULT);
        assertThat(options.retry()).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void inboxModeStoresInAJdbcInboxOnTheDataSourceThenTheWorkersHandle() {
        runner.withPropertyValues(INBOX, SCHEMA, NO_WORKERS, "webhooks.inbox.table=hooks_inbox")
                .withBean(DataSource.class, () -> TestDataSource.h2("inbox"))
                .withBean(Recorder.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JdbcInbox.class);
                    JdbcInbox inbox = context.getBean(JdbcInbox.class);
                    assertThat(inbox.tableName()).isEqualTo("hooks_inbox");
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.inbox()).containsSame(inbox);
                    Recorder recorder = context.getBean(Recorder.class);

                    WebhookResponse stored = webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    assertThat(stored.status()).isEqualTo(200);
                    assertThat(stored.outcome()).isEqualTo(DeliveryOutcome.Kind.STORED);
                    assertThat(recorder.handled)
                            .as("answered before any handler ran")
                            .isEmpty();
                    assertThat(inbox.counts()).containsEntry(InboxState.PENDING, 1L);
                    assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"))
                                    .outcome())
                            .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);

                    assertThat(webhooks.processInbox()).isEqualTo(1);
                    assertThat(recorder.handled).containsExactly("evt_1 attempt 1");
                    assertThat(inbox.counts()).containsEntry(InboxState.DONE, 1L);
                });
    }

    @Test
    void theInboxPropertiesBecomeTheInboxOptions() {
        runner.withPropertyValues(
                        INBOX,
                        "webhooks.inbox.workers=2",
                        "webhooks.inbox.poll-interval=250ms",
                        "webhooks.inbox.lease=5s",
                        "webhooks.inbox.initial-backoff=2s",
                        "webhooks.inbox.max-backoff=1m",
                        "webhooks.inbox.max-attempts=5",
                        "webhooks.inbox.retention=1d",
                        "webhooks.inbox.shutdown-grace=3s")
                .withBean(Inbox.class, InMemoryInbox::create)
                .run(context -> {
                    InboxOptions options = context.getBean(Webhooks.class).inboxOptions();
                    assertThat(options.workers()).isEqualTo(2);
                    assertThat(options.pollInterval()).isEqualTo(Duration.ofMillis(250));
                    assertThat(options.lease()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(options.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(options.retry().maxBackoff()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(options.retry().maxAttempts()).isEqualTo(5);
                    assertThat(options.retry().multiplier()).isEqualTo(RetryPolicy.DEFAULT.multiplier());
                    assertThat(options.retention()).isEqualTo(Duration.ofDays(1));
                    assertThat(options.shutdownGrace()).isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void theTableIsNotCreatedUnlessAskedForSoDeliveriesAreAnswered503() {
        try (LogLines log = new LogLines(WebhooksAutoConfiguration.class.getName())) {
            runner.withPropertyValues(INBOX, NO_WORKERS)
                    .withBean(DataSource.class, () -> TestDataSource.h2("noschema"))
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        WebhookResponse response =
                                context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("evt_1"));
                        assertThat(response.status()).isEqualTo(503);
                        assertThat(response.reason()).contains(io.webhooks4j.Reason.INBOX_UNAVAILABLE);
                    });
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("WARNING The webhooks inbox table webhooks4j_inbox cannot be read")
                    .contains("webhooks.inbox.create-schema=true"));
        }
    }

    @Test
    void oneProviderInInboxModeTheOthersInline() {
        runner.withPropertyValues("webhooks.stripe.mode=inbox", SCHEMA, NO_WORKERS)
                .withBean(DataSource.class, () -> TestDataSource.h2("perprovider"))
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.mode("stripe", "invoice.paid")).isEqualTo(DeliveryMode.INBOX);
                    assertThat(webhooks.mode("twilio", "message.incoming")).isEqualTo(DeliveryMode.INLINE);
                    assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"))
                                    .outcome())
                            .isEqualTo(DeliveryOutcome.Kind.STORED);
                    assertThat(webhooks.handle("twilio", Deliveries.sms("SM1")).outcome())
                            .isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
                });
    }

    @Test
    void inboxModeByDefaultWithOneProviderInline() {
        runner.withPropertyValues(INBOX, "webhooks.twilio.mode=INLINE", SCHEMA, NO_WORKERS)
                .withBean(DataSource.class, () -> TestDataSource.h2("default-inbox"))
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.mode("stripe", "invoice.paid")).isEqualTo(DeliveryMode.INBOX);
                    assertThat(webhooks.mode("twilio", "message.incoming")).isEqualTo(DeliveryMode.INLINE);
                });
    }

    @Test
    void aHandlerThatRepliesStaysInlineInInboxMode() {
        runner.withPropertyValues(INBOX, NO_WORKERS)
                .withBean(Inbox.class, InMemoryInbox::create)
                .withBean(
                        WebhookRoute.class,
                        () -> WebhookRoute.onReply(FakeTwilio.INCOMING_MESSAGE, m -> WebhookReply.xml("<Response/>")))
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.mode("twilio", "message.incoming")).isEqualTo(DeliveryMode.INLINE);
                    WebhookResponse reply = webhooks.handle("twilio", Deliveries.sms("SM1"));
                    assertThat(reply.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
                    assertThat(reply.bodyAsString()).isEqualTo("<Response/>");
                });
    }

    @Test
    void theApplicationsOwnInboxIsUsedAndANonDurableOneIsWarnedAbout() {
        InMemoryInbox own = InMemoryInbox.create();
        try (LogLines log = new LogLines(WebhooksAssembly.class.getName())) {
            runner.withPropertyValues(INBOX, NO_WORKERS)
                    .withBean(Inbox.class, () -> own)
                    .withBean(DataSource.class, () -> TestDataSource.h2("own"))
                    .run(context -> {
                        assertThat(context).hasNotFailed().doesNotHaveBean(JdbcInbox.class);
                        assertThat(context.getBean(Webhooks.class).inbox()).containsSame(own);
                    });
            assertThat(log.lines())
                    .anySatisfy(line -> assertThat(line).startsWith("INFO webhooks4j inbox: InMemoryInbox"))
                    .anySatisfy(line -> assertThat(line)
                            .startsWith("WARNING The webhooks inbox")
                            .contains("not durable"));
        }
    }

    @Test
    void anInboxBeanInInlineModeIsWiredForItsLeftoversButUsedByNoProvider() {
        runner.withPropertyValues(NO_WORKERS)
                .withBean(Inbox.class, InMemoryInbox::create)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.inbox()).isPresent();
                    assertThat(webhooks.mode("stripe", "invoice.paid")).isEqualTo(DeliveryMode.INLINE);
                    assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"))
                                    .outcome())
                            .isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
                });
    }

    @Test
    void inboxModeWithoutADataSourceOrAnInboxFailsSayingWhatToAdd() {
        runner.withPropertyValues(INBOX).run(context -> {
            FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
            assertThat(analysis.getDescription())
                    .contains("webhooks.inbox.mode=inbox", "no inbox", "no DataSource bean");
            assertThat(analysis.getAction())
                    .contains("Define a DataSource", "spring.datasource.url", "Inbox bean", "create-schema=true");
        });
        runner.withPropertyValues("webhooks.twilio.mode=inbox").run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("webhooks.twilio.mode=inbox"));
    }

    @Test
    void inboxModeWithoutTheJdbcModuleFailsNamingIt() {
        runner.withPropertyValues(INBOX)
                .withBean(DataSource.class, () -> TestDataSource.h2("nomodule"))
                .withClassLoader(new FilteredClassLoader(JdbcInbox.class))
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription()).contains("webhooks4j-jdbc is not on the class path");
                    assertThat(analysis.getAction()).contains("Add io.webhooks4j:webhooks4j-jdbc");
                });
    }

    @Test
    void inboxModeWithTwoDataSourcesFailsAskingForAPrimaryOne() {
        runner.withPropertyValues(INBOX)
                .withBean("one", DataSource.class, () -> TestDataSource.h2("one"))
                .withBean("two", DataSource.class, () -> TestDataSource.h2("two"))
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription()).contains("2 DataSource beans");
                    assertThat(analysis.getAction()).contains("@Primary");
                });
    }

    @Test
    void inboxModeOfAProviderThatIsOffNeedsNoInbox() {
        runner.withPropertyValues("webhooks.stripe.mode=inbox", "webhooks.stripe.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(Inbox.class);
                    assertThat(context.getBean(Webhooks.class).inbox()).isEmpty();
                });
    }

    @Test
    void badValuesFailStartUpNamingThePropertyAndTheFix() {
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("webhooks.inbox.workers=-1", List.of("webhooks.inbox.workers must be between 0 and 256, was -1"));
        cases.put("webhooks.inbox.workers=300", List.of("webhooks.inbox.workers must be between 0 and 256"));
        cases.put("webhooks.inbox.poll-interval=0s", List.of("webhooks.inbox.poll-interval must be positive"));
        cases.put("webhooks.inbox.lease=1s", List.of("webhooks.inbox.lease must be at least 3s"));
        cases.put("webhooks.inbox.initial-backoff=-5s", List.of("webhooks.inbox.initial-backoff must be positive"));
        cases.put(
                "webhooks.inbox.max-backoff=5s",
                List.of("webhooks.inbox.max-backoff (PT5S) is shorter than webhooks.inbox.initial-backoff (PT10S)"));
        cases.put("webhooks.inbox.max-attempts=0", List.of("webhooks.inbox.max-attempts must be at least 1"));
        cases.put("webhooks.inbox.retention=-1d", List.of("webhooks.inbox.retention must not be negative"));
        cases.put("webhooks.inbox.shutdown-grace=-1s", List.of("webhooks.inbox.shutdown-grace must not be negative"));
        cases.put("webhooks.inbox.mode=inbx", List.of("webhooks.inbox.mode is 'inbx'", "inline or inbox"));
        cases.put("webhooks.stripe.mode=later", List.of("webhooks.stripe.mode is 'later'", "inline or inbox"));
        cases.forEach((property, expected) -> runner.withPropertyValues(NO_WORKERS, property)
                .withBean(Inbox.class, InMemoryInbox::create)
                .run(context -> {
                    assertThat(context).as(property).hasFailed();
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription()).as(property).contains(expected);
                    String name = property.substring(0, property.indexOf('='));
                    assertThat(analysis.getAction()).as(property).containsAnyOf(name, "Set the mode");
                }));
        // even in inline mode: the value is a mistake whichever mode runs
        runner.withPropertyValues("webhooks.inbox.lease=1s").run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("webhooks.inbox.lease"));
    }

    @Test
    void aBadTableNameFailsStartUpNamingTheProperty() {
        runner.withPropertyValues(INBOX, "webhooks.inbox.table=inbox; drop table x")
                .withBean(DataSource.class, () -> TestDataSource.h2("badtable"))
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription()).contains("webhooks.inbox.table");
                    assertThat(analysis.getAction()).contains("plain SQL identifier");
                });
    }

    @Test
    void aMisspelledInboxPropertyIsNamedWithTheOneMeant() {
        runner.withPropertyValues("webhooks.inbox.worker=2", "webhooks.stripe.mdoe=inbox")
                .run(context -> assertThat(
                                WebhooksAutoConfigurationTests.analyze(context).getAction())
                        .contains("'webhooks.inbox.workers'", "'webhooks.stripe.mode'"));
    }

    @Test
    void theWebhooksBeanIsClosedWithTheContextSoItsWorkersStop() throws Exception {
        Set<Thread> before = workerThreads();
        AtomicReference<Set<Thread>> started = new AtomicReference<>();
        runner.withPropertyValues(INBOX, SCHEMA, "webhooks.inbox.workers=3", "webhooks.inbox.poll-interval=50ms")
                .withBean(DataSource.class, () -> TestDataSource.h2("close"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Set<Thread> mine = workerThreads();
                    mine.removeAll(before);
                    assertThat(mine).hasSize(3).allSatisfy(t -> assertThat(t.isAlive())
                            .isTrue());
                    started.set(mine);
                });
        for (Thread worker : started.get()) {
            worker.join(10_000);
            assertThat(worker.isAlive())
                    .as("%s after the context closed", worker.getName())
                    .isFalse();
        }
    }

    private static Set<Thread> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("webhooks4j-inbox-\\d+"))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void workersHandleStoredDeliveriesOnTheirOwnThreads() {
        runner.withPropertyValues(INBOX, SCHEMA, "webhooks.inbox.workers=2", "webhooks.inbox.poll-interval=50ms")
                .withBean(DataSource.class, () -> TestDataSource.h2("workers"))
                .withBean(Recorder.class)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    Recorder recorder = context.getBean(Recorder.class);
                    for (int i = 0; i < 5; i++) {
                        assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_" + i))
                                        .outcome())
                                .isEqualTo(DeliveryOutcome.Kind.STORED);
                    }
                    await(() -> recorder.handled.size() == 5);
                    assertThat(recorder.handled)
                            .containsExactlyInAnyOrder(
                                    "evt_0 attempt 1",
                                    "evt_1 attempt 1",
                                    "evt_2 attempt 1",
                                    "evt_3 attempt 1",
                                    "evt_4 attempt 1");
                    await(() -> context.getBean(Inbox.class).counts().get(InboxState.DONE) == 5);
                });
    }

    @Test
    void aFailingListenerIsRetriedUntilDeadThenRetriedByTheEndpoint() {
        runner.withPropertyValues(
                        INBOX,
                        SCHEMA,
                        NO_WORKERS,
                        "webhooks.inbox.initial-backoff=10ms",
                        "webhooks.inbox.max-backoff=20ms",
                        "webhooks.inbox.max-attempts=3")
                .withBean(DataSource.class, () -> TestDataSource.h2("dead"))
                .withBean(Recorder.class)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    Inbox inbox = context.getBean(Inbox.class);
                    Recorder recorder = context.getBean(Recorder.class);
                    recorder.failFirst = Integer.MAX_VALUE;
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_dead"));
                    drain(webhooks, () -> inbox.counts().get(InboxState.DEAD) == 1);
                    var dead = inbox.list(InboxQuery.inState(InboxState.DEAD)).get(0);
                    assertThat(dead.attempts()).isEqualTo(3);
                    assertThat(dead.lastError()).contains("IllegalStateException", "the billing service is down");
                    assertThat(recorder.handled).isEmpty();

                    recorder.failFirst = 0; // the cause is fixed
                    WebhooksInboxEndpoint.Result retried =
                            context.getBean(WebhooksInboxEndpoint.class).operate("retry", dead.id(), null, null, null);
                    assertThat(retried.count()).isEqualTo(1);
                    drain(webhooks, () -> inbox.counts().get(InboxState.DONE) == 1);
                    assertThat(recorder.handled).containsExactly("evt_dead attempt 1");
                });
    }

    /** Runs due deliveries in this thread until {@code done}. */
    static void drain(Webhooks webhooks, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("drained in time").isLessThan(deadline);
            webhooks.processInbox();
            Thread.sleep(5);
        }
    }

    /** Waits for {@code done} (a guard against a hang, not a timed assertion). */
    static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("done in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
