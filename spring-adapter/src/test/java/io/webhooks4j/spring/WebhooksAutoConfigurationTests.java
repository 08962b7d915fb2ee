package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.Webhooks;
import io.webhooks4j.jdbc.JdbcDeliveryLedger;
import io.webhooks4j.servlet.WebhookServlet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WebhooksAutoConfigurationTests {
    static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(
            WebhooksAutoConfiguration.class,
            WebhooksServletAutoConfiguration.class,
            WebhooksEndpointAutoConfiguration.class,
            WebhooksInboxAutoConfiguration.class);

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(CONFIGURATIONS);

    private static final String STRIPE = "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET;

    @Test
    void createsNoWebhooksWhenNoProviderIsConfigured() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Webhooks.class);
            assertThat(context).doesNotHaveBean(WebhooksEndpoint.class);
        });
    }

    @Test
    void switchesOnTheProvidersWhoseSecretIsSet() {
        runner.withPropertyValues(STRIPE).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            assertThat(webhooks.providerIds()).containsExactly("stripe");
            assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"))
                            .status())
                    .isEqualTo(200);
            assertThat(webhooks.handle("twilio", Deliveries.sms("SM1")).status())
                    .isEqualTo(404);
        });
    }

    @Test
    void treatsABlankSecretAsNoSecret() {
        runner.withPropertyValues(STRIPE, "webhooks.twilio.secrets=")
                .run(context -> assertThat(context.getBean(Webhooks.class).providerIds())
                        .containsExactly("stripe"));
    }

    @Test
    void backsOffWhenTheApplicationDefinesWebhooks() {
        Webhooks own = Webhooks.builder()
                .provider(new FakeTwilio.Factory()
                        .create(io.webhooks4j.spi.ProviderSettings.of(io.webhooks4j.Keyring.of("own"))))
                .build();
        runner.withPropertyValues(STRIPE)
                .withBean(Webhooks.class, () -> own)
                .run(context -> assertThat(context.getBean(Webhooks.class)).isSameAs(own));
    }

    @Test
    void leavesOutAProviderWhoseModuleIsMissing() {
        runner.withPropertyValues(STRIPE, "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET)
                .withClassLoader(new FilteredClassLoader(FakeStripe.Factory.class))
                .run(context -> assertThat(context.getBean(Webhooks.class).providerIds())
                        .containsExactly("twilio"));
    }

    @Test
    void failsWhenTheOnlyConfiguredProviderHasNoModule() {
        runner.withPropertyValues(STRIPE)
                .withClassLoader(new FilteredClassLoader(FakeStripe.Factory.class))
                .run(context -> {
                    FailureAnalysis analysis = analyze(context);
                    assertThat(analysis.getDescription()).contains("'stripe'", "module is not on the class path");
                    assertThat(analysis.getAction()).contains("io.webhooks4j:webhooks4j-stripe");
                });
    }

    @Test
    void failsWithAnActionableMessageWhenAProviderIsEnabledWithoutASecret() {
        runner.withPropertyValues("webhooks.twilio.enabled=true").run(context -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("'twilio' is enabled", "webhooks.twilio.secrets is empty");
            assertThat(analysis.getAction()).contains("webhooks.twilio.secrets", "webhooks.twilio.enabled=false");
        });
    }

    @Test
    void enabledFalseSwitchesAConfiguredProviderOff() {
        runner.withPropertyValues(
                        STRIPE, "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET, "webhooks.stripe.enabled=false")
                .run(context -> assertThat(context.getBean(Webhooks.class).providerIds())
                        .containsExactly("twilio"));
    }

    @Test
    void twoSecretsVerifyAsTwoKeyIds() {
        List<DeliveryOutcome> outcomes = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(
                        "webhooks.stripe.secrets[0]=" + Deliveries.STRIPE_SECRET,
                        "webhooks.stripe.secrets[1]=" + Deliveries.STRIPE_SECOND_SECRET)
                .withBean(WebhookObserver.class, () -> new WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        outcomes.add(outcome);
                    }
                })
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    webhooks.handle(
                            "stripe",
                            Deliveries.signed(
                                    "stripe", "invoice.paid", "evt_2", "{}", Deliveries.STRIPE_SECOND_SECRET));
                    assertThat(outcomes).extracting(DeliveryOutcome::keyId).containsExactly("key-1", "key-2");
                    assertThat(context.getBean(WebhooksEndpoint.class).report().providers())
                            .singleElement()
                            .satisfies(p -> assertThat(p.keyIds()).containsExactly("key-1", "key-2"));
                });
    }

    @Test
    void passesToleranceBodyLimitAndOptionsToTheFactory() {
        runner.withPropertyValues(
                        STRIPE,
                        "webhooks.stripe.tolerance=2m",
                        "webhooks.stripe.max-body-size=64KB",
                        "webhooks.stripe.options.mode=live")
                .run(context -> {
                    FakeProvider provider = (FakeProvider)
                            context.getBean(Webhooks.class).provider("stripe").orElseThrow();
                    assertThat(provider.settings().tolerance()).contains(Duration.ofMinutes(2));
                    assertThat(provider.maxBodyBytes()).isEqualTo(64 * 1024);
                    assertThat(provider.settings().options()).containsEntry("mode", "live");
                    assertThat(provider.keyring().ids()).containsExactly("key-1");
                });
    }

    @Test
    void failsWithTheSettingNamedWhenTheFactoryRejectsAnOption() {
        runner.withPropertyValues(STRIPE, "webhooks.stripe.options.mode=staging")
                .run(context -> {
                    FailureAnalysis analysis = analyze(context);
                    assertThat(analysis.getDescription())
                            .contains("webhooks.stripe", "option 'mode' must be live or test");
                    assertThat(analysis.getAction()).contains("webhooks.stripe");
                });
    }

    @Test
    void keepsDeliveriesInMemoryByDefault() {
        runner.withPropertyValues(STRIPE).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            assertThat(webhooks.ledger()).isInstanceOf(InMemoryDeliveryLedger.class);
            webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
            assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"))
                            .outcome())
                    .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        });
    }

    @Test
    void usesTheJdbcLedgerWhenAskedAndADataSourceExists() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1");
        runner.withPropertyValues(STRIPE, "webhooks.ledger=jdbc", "webhooks.ledger-table=hooks_seen")
                .withBean(DataSource.class, () -> dataSource)
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.ledger()).isInstanceOf(JdbcDeliveryLedger.class);
                    assertThat(((JdbcDeliveryLedger) webhooks.ledger()).tableName())
                            .isEqualToIgnoringCase("hooks_seen");
                    assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_9"))
                                    .outcome())
                            .isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
                    assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_9"))
                                    .outcome())
                            .isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
                });
    }

    @Test
    void failsWhenTheJdbcLedgerIsAskedForWithoutADataSource() {
        runner.withPropertyValues(STRIPE, "webhooks.ledger=jdbc").run(context -> {
            FailureAnalysis analysis = analyze(context);
            assertThat(analysis.getDescription()).contains("webhooks.ledger=jdbc");
            assertThat(analysis.getAction()).contains("DataSource", "webhooks4j-jdbc");
        });
    }

    @Test
    void failsWhenTheJdbcLedgerIsAskedForWithoutTheModule() {
        runner.withPropertyValues(STRIPE, "webhooks.ledger=jdbc")
                .withBean(DataSource.class, JdbcDataSource::new)
                .withClassLoader(new FilteredClassLoader(JdbcDeliveryLedger.class))
                .run(context -> assertThat(analyze(context).getAction()).contains("webhooks4j-jdbc"));
    }

    @Test
    void ledgerNoneSwitchesDeDuplicationOff() {
        runner.withPropertyValues(STRIPE, "webhooks.ledger=none").run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            assertThat(webhooks.ledger()).isNull();
            webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
            assertThat(webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"))
                            .outcome())
                    .isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
        });
    }

    @Test
    void usesTheApplicationsOwnLedger() {
        DeliveryLedger own = InMemoryDeliveryLedger.create();
        runner.withPropertyValues(STRIPE)
                .withBean(DeliveryLedger.class, () -> own)
                .run(context ->
                        assertThat(context.getBean(Webhooks.class).ledger()).isSameAs(own));
    }

    @Test
    void recordsNoMetricsWithoutAMeterRegistry() {
        runner.withPropertyValues(STRIPE)
                .run(context -> assertThat(context).doesNotHaveBean(MicrometerWebhookObserver.class));
    }

    @Test
    void recordsEveryDeliveryInATimerWithBoundedTags() {
        runner.withPropertyValues(STRIPE)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasSingleBean(MicrometerWebhookObserver.class);
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
                    webhooks.handle(
                            "stripe",
                            Deliveries.signed(
                                    "stripe",
                                    "invoice.made_up_" + System.nanoTime(),
                                    "e2",
                                    "{}",
                                    Deliveries.STRIPE_SECRET));
                    webhooks.handle(
                            "stripe", Deliveries.signed("stripe", "invoice.paid", "evt_3", "{}", "wrong-secret"));
                    webhooks.handle("made-up-" + System.nanoTime(), Deliveries.invoicePaid("evt_4"));

                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(timer(registry, "stripe", "invoice.paid", "acknowledged", "none", "key-1")
                                    .count())
                            .isEqualTo(1);
                    assertThat(timer(registry, "stripe", "invoice.paid", "duplicate", "none", "key-1")
                                    .count())
                            .isEqualTo(1);
                    assertThat(timer(registry, "stripe", "other", "acknowledged", "none", "key-1")
                                    .count())
                            .isEqualTo(1);
                    assertThat(timer(registry, "stripe", "none", "rejected", "no_matching_signature", "none")
                                    .count())
                            .isEqualTo(1);
                    assertThat(timer(registry, "unknown", "none", "rejected", "unknown_provider", "none")
                                    .count())
                            .isEqualTo(1);
                });
    }

    private static Timer timer(
            MeterRegistry registry, String provider, String type, String outcome, String reason, String keyId) {
        return registry.get("webhooks.deliveries")
                .tags(
                        "provider", provider,
                        "event.type", type,
                        "outcome", outcome,
                        "reason", reason,
                        "key.id", keyId)
                .timer();
    }

    @Test
    void reportsProvidersCountsAndRecentRejectionsOnTheActuatorEndpoint() {
        runner.withPropertyValues(STRIPE).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            webhooks.handle("stripe", Deliveries.invoicePaid("evt_1"));
            for (int i = 0; i < 25; i++) {
                webhooks.handle("stripe", Deliveries.signed("stripe", "invoice.paid", "x" + i, "{}", "wrong"));
            }
            WebhooksEndpoint.Report report =
                    context.getBean(WebhooksEndpoint.class).report();
            assertThat(report.providers())
                    .extracting(WebhooksEndpoint.ProviderReport::id)
                    .containsExactly("stripe");
            assertThat(report.totals()).containsEntry("acknowledged", 1L).containsEntry("rejected", 25L);
            assertThat(report.byProvider().get("stripe")).containsEntry("rejected", 25L);
            assertThat(report.recentRejections()).hasSize(20).allSatisfy(r -> {
                assertThat(r.reason()).isEqualTo("no_matching_signature");
                assertThat(r.status()).isEqualTo(401);
            });
            assertThat(report.ledger()).isEqualTo("InMemoryDeliveryLedger");
            assertThat(report.toString()).doesNotContain(Deliveries.STRIPE_SECRET);
        });
    }

    @Test
    void theEndpointShowsReasonCodesCountsAndTimesButNoSenderText() {
        runner.withPropertyValues(STRIPE).run(context -> {
            Webhooks webhooks = context.getBean(Webhooks.class);
            String attacker = "ATTACKER<script>alert(1)</script>";
            webhooks.handle(attacker, Deliveries.invoicePaid("evt_1"));
            webhooks.handle(
                    "stripe",
                    Deliveries.unsigned("stripe", "invoice.paid", "evt_2", "{}").toBuilder()
                            .setHeader(FakeProvider.SIGNATURE, attacker)
                            .build());
            webhooks.handle(
                    "stripe",
                    Deliveries.signed(
                            "stripe", "invoice.paid", "x", "{\"" + attacker + "\":", Deliveries.STRIPE_SECRET));
            WebhooksEndpoint.Report report =
                    context.getBean(WebhooksEndpoint.class).report();
            assertThat(report.recentRejections()).hasSize(3).allSatisfy(r -> {
                assertThat(r.at()).isNotNull();
                assertThat(r.reason()).matches("[a-z_]+");
            });
            assertThat(report.rejectionsByReason())
                    .containsEntry("unknown_provider", 1L)
                    .containsEntry("malformed_header", 1L)
                    .containsEntry("malformed_body", 1L);
            assertThat(report.rejectionsByReason().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(3);
            assertThat(report.toString()).doesNotContain("ATTACKER", "script");
            assertThat(WebhooksEndpoint.Rejection.class.getRecordComponents())
                    .extracting(java.lang.reflect.RecordComponent::getName)
                    .containsExactly("at", "provider", "reason", "status");
        });
    }

    @Test
    void hasNoEndpointWithoutActuator() {
        runner.withPropertyValues(STRIPE)
                .withClassLoader(
                        new FilteredClassLoader(org.springframework.boot.actuate.endpoint.annotation.Endpoint.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(Webhooks.class);
                    assertThat(context).doesNotHaveBean(WebhooksEndpoint.class);
                });
    }

    @Test
    void appliesCustomizersRoutesAndObservers() {
        List<String> seen = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(STRIPE)
                .withBean(
                        "paid",
                        WebhookRoute.class,
                        () -> WebhookRoute.on(
                                FakeStripe.INVOICE_PAID,
                                e -> seen.add("route " + e.data().id())))
                .withBean(WebhooksCustomizer.class, () -> builder -> builder.onAny(e -> seen.add("any " + e.type())))
                .withBean(WebhookObserver.class, () -> new WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        seen.add("observed " + outcome.kind().code());
                    }
                })
                .run(context -> {
                    context.getBean(Webhooks.class).handle("stripe", Deliveries.invoicePaid("evt_1"));
                    assertThat(seen).containsExactly("route in_1", "any invoice.paid", "observed handled");
                });
    }

    @Test
    void failsWhenARouteNamesATypeOutsideTheCatalogue() {
        runner.withPropertyValues(STRIPE)
                .withBean(
                        WebhookRoute.class,
                        () -> WebhookRoute.on(
                                io.webhooks4j.EventType.of("stripe", "invoice.payed", Object.class), e -> {}))
                .run(context -> assertThat(analyze(context).getDescription())
                        .contains("'invoice.payed'", "not in the catalogue of stripe"));
    }

    @Test
    void failsWhenARouteNeedsAProviderWithoutASecret() {
        runner.withPropertyValues(STRIPE)
                .withBean(
                        WebhookRoute.class,
                        () -> WebhookRoute.onReply(FakeTwilio.INCOMING_MESSAGE, m -> WebhookReply.xml("<Response/>")))
                .run(context -> assertThat(analyze(context).getAction()).contains("webhooks.twilio.secrets"));
    }

    @Test
    void registersNoServletOutsideAWebApplication() {
        runner.withPropertyValues(STRIPE)
                .run(context -> assertThat(context).doesNotHaveBean(ServletRegistrationBean.class));
    }

    @Test
    void mountsTheServletAtThePathInAServletWebApplication() throws Exception {
        new WebApplicationContextRunner(AnnotationConfigServletWebApplicationContext::new)
                .withConfiguration(CONFIGURATIONS)
                .withPropertyValues(STRIPE, "webhooks.path=/hooks/")
                .run(context -> {
                    ServletRegistrationBean<?> registration =
                            context.getBean("webhooksServletRegistration", ServletRegistrationBean.class);
                    assertThat(registration.getUrlMappings()).containsExactly("/hooks/*");
                    assertThat(registration.getServlet()).isInstanceOf(WebhookPathServlet.class);
                    assertThat(registration.isAsyncSupported()).isTrue();
                    WebhookServlet servlet = ((WebhookPathServlet) registration.getServlet()).delegate();

                    MockHttpServletResponse response = post(servlet, "/stripe", Deliveries.invoicePaid("evt_1"));
                    assertThat(response.getStatus()).isEqualTo(200);
                    MockHttpServletResponse unknown = post(servlet, "/nope", Deliveries.invoicePaid("e"));
                    assertThat(unknown.getStatus()).isEqualTo(404);
                });
    }

    @Test
    void failsWhenBothAPublicBaseUrlAndTrustedProxiesAreSet() {
        new WebApplicationContextRunner(AnnotationConfigServletWebApplicationContext::new)
                .withConfiguration(CONFIGURATIONS)
                .withPropertyValues(
                        STRIPE,
                        "webhooks.twilio.public-base-url=https://hooks.example.com",
                        "webhooks.trusted-proxies=10.0.0.1")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new WebhooksFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("webhooks.twilio.public-base-url");
                });
    }

    @Test
    void passesTheServletOptionsToTheWebhookServlet() {
        WebhooksProperties properties = bind(
                "webhooks.trusted-proxies=10.0.0.0/8",
                "webhooks.forwarded-headers=forwarded",
                "webhooks.forwarded-prefix=true",
                "webhooks.allowed-hosts=hooks.example.com,HOOKS2.example.com",
                "webhooks.body-timeout=3s");
        WebhookServlet.Options options = WebhooksServletAutoConfiguration.options(properties);
        assertThat(options.trustedProxies()).containsExactly("10.0.0.0/8");
        assertThat(options.forwardedHeaders()).isEqualTo(WebhookServlet.Options.ForwardedHeaders.FORWARDED);
        assertThat(options.forwardedPrefix()).isTrue();
        assertThat(options.allowedHosts()).containsExactly("hooks.example.com", "hooks2.example.com");
        assertThat(options.bodyTimeout()).isEqualTo(Duration.ofSeconds(3));

        WebhookServlet.Options defaults = WebhooksServletAutoConfiguration.options(bind());
        assertThat(defaults.bodyTimeout()).isEqualTo(WebhookServlet.Options.DEFAULT_BODY_TIMEOUT);
        assertThat(defaults.forwardedHeaders()).isEqualTo(WebhookServlet.Options.ForwardedHeaders.X_FORWARDED);
        assertThat(defaults.forwardedPrefix()).isFalse();
        assertThat(defaults.allowedHosts()).isEmpty();
    }

    @Test
    void failsWhenForwardedHeadersAreChosenWithoutTrustedProxies() {
        new WebApplicationContextRunner(AnnotationConfigServletWebApplicationContext::new)
                .withConfiguration(CONFIGURATIONS)
                .withPropertyValues(STRIPE, "webhooks.forwarded-headers=forwarded")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new WebhooksFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription())
                            .contains("forwardedHeaders has no effect without trustedProxies");
                    assertThat(analysis.getAction()).contains("need webhooks.trusted-proxies");
                });
    }

    @Test
    void passesTheBudgetOfBodyBytesInFlightToThePipeline() {
        runner.withPropertyValues(STRIPE, "webhooks.max-body-in-flight=8MB")
                .run(context -> assertThat(context.getBean(Webhooks.class).maxBodyBytesInFlight())
                        .isEqualTo(8L * 1024 * 1024));
    }

    @Test
    void logsOneLineWithTheMountedProvidersPathsAndKeyIdsButNoSecret() {
        try (LogLines log = new LogLines(WebhooksServletAutoConfiguration.class.getName())) {
            new WebApplicationContextRunner(AnnotationConfigServletWebApplicationContext::new)
                    .withConfiguration(CONFIGURATIONS)
                    .withPropertyValues(
                            "webhooks.stripe.secrets[0]=" + Deliveries.STRIPE_SECRET,
                            "webhooks.stripe.secrets[1]=" + Deliveries.STRIPE_SECOND_SECRET,
                            "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET,
                            "webhooks.path=/hooks")
                    .run(context -> assertThat(context).hasNotFailed());
            assertThat(log.lines())
                    .containsExactly("INFO webhooks4j receives POST /hooks/stripe (keys key-1, key-2), "
                            + "POST /hooks/twilio (key key-1)");
        }
    }

    private static WebhooksProperties bind(String... pairs) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String pair : pairs) {
            map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return new org.springframework.boot.context.properties.bind.Binder(
                        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(map))
                .bindOrCreate("webhooks", WebhooksProperties.class);
    }

    static MockHttpServletResponse post(WebhookServlet servlet, String pathInfo, io.webhooks4j.WebhookRequest delivery)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks" + pathInfo);
        request.setServletPath("/webhooks");
        request.setPathInfo(pathInfo);
        delivery.headers()
                .names()
                .forEach(name -> delivery.headers().all(name).forEach(value -> request.addHeader(name, value)));
        request.setContentType("application/json");
        request.setContent(delivery.body().toByteArray());
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service((jakarta.servlet.ServletRequest) request, (jakarta.servlet.ServletResponse) response);
        return response;
    }

    static FailureAnalysis analyze(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new WebhooksFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("analysis of %s", context.getStartupFailure()).isNotNull();
        return analysis;
    }
}
