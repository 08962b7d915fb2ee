package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Webhooks;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Property mistakes under webhooks.* fail start-up with the right name suggested (#16.4). */
class PropertyCheckTests {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS);

    private static final String STRIPE = "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET;

    @Test
    void aSingularSecretFailsStartUpSuggestingSecrets() {
        runner.withPropertyValues("webhooks.stripe.secret=" + Deliveries.STRIPE_SECRET)
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription()).contains("'webhooks.stripe.secret'", "no such property");
                    assertThat(analysis.getAction()).contains("Did you mean 'webhooks.stripe.secrets'?");
                    assertThat(analysis.getDescription() + analysis.getAction())
                            .doesNotContain(Deliveries.STRIPE_SECRET);
                });
    }

    @Test
    void aMisspelledProviderIdFailsStartUpSuggestingTheProvider() {
        runner.withPropertyValues(STRIPE, "webhooks.githb.secrets=s3cret").run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getAction())
                .contains("'webhooks.github.secrets'"));
    }

    @Test
    void aToleranceForAProviderThatSignsNoTimestampFailsStartUp() {
        runner.withPropertyValues(STRIPE, "webhooks.github.secrets=s3cret", "webhooks.github.tolerance=10m")
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription())
                            .contains("'webhooks.github.tolerance'", "github signs no timestamp");
                    assertThat(analysis.getAction()).contains("Remove webhooks.github.tolerance");
                });
    }

    @Test
    void aMisspelledTopLevelPropertyFailsStartUp() {
        runner.withPropertyValues(STRIPE, "webhooks.ledger-tabel=hooks").run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getAction())
                .contains("'webhooks.ledger-table'"));
    }

    @Test
    void everyDocumentedPropertyIsAccepted() {
        runner.withPropertyValues(
                        "webhooks.stripe.secrets[0]=" + Deliveries.STRIPE_SECRET,
                        "webhooks.stripe.secrets[1]=" + Deliveries.STRIPE_SECOND_SECRET,
                        "webhooks.stripe.tolerance=2m",
                        "webhooks.stripe.max-body-size=64KB",
                        "webhooks.stripe.options.mode=live",
                        "webhooks.stripe.enabled=true",
                        "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET,
                        "webhooks.twilio.public-base-url=https://hooks.example.com",
                        "webhooks.github.enabled=false",
                        "webhooks.github.options[legacy-sha1]=true",
                        "webhooks.path=/hooks",
                        "webhooks.ledger=memory",
                        "webhooks.ledger-table=t",
                        "webhooks.ledgerCreateTable=false",
                        "webhooks.security.enabled=false",
                        "webhooks.fail-on-unknown-properties=true")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Webhooks.class));
    }

    @Test
    void failsEvenWhenNoProviderIsConfigured() {
        // the classic mistake: nothing is configured, so nothing would be mounted, silently
        runner.withPropertyValues("webhooks.shopify.secret=abc").run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getDescription())
                .contains("'webhooks.shopify.secret'"));
    }

    @Test
    void theInboxPropertiesAreAcceptedFromFilesAndEnvironmentVariables() {
        runner.withPropertyValues(
                        STRIPE,
                        "webhooks.inbox.mode=inbox",
                        "webhooks.inbox.workers=2",
                        "webhooks.inbox.poll-interval=250ms",
                        "webhooks.inbox.lease=30s",
                        "webhooks.inbox.initial-backoff=1s",
                        "webhooks.inbox.max-backoff=10m",
                        "webhooks.inbox.max-attempts=5",
                        "webhooks.inbox.retention=3d",
                        "webhooks.inbox.shutdown-grace=5s",
                        "webhooks.inbox.table=hooks_inbox",
                        "webhooks.inbox.create-schema=false",
                        "webhooks.inbox.show-body=when-authorized",
                        "webhooks.stripe.mode=inline")
                .withBean(io.webhooks4j.inbox.Inbox.class, io.webhooks4j.inbox.InMemoryInbox::create)
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-systemEnvironment",
                                Map.of(
                                        "WEBHOOKS_INBOX_INITIAL_BACKOFF", "2s",
                                        "WEBHOOKS_INBOX_MAX_ATTEMPTS", "7",
                                        "WEBHOOKS_TWILIO_MODE", "inbox",
                                        "WEBHOOKS_TWILIO_SECRETS", Deliveries.TWILIO_SECRET))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.inboxOptions().retry().initialBackoff())
                            .isEqualTo(java.time.Duration.ofSeconds(2));
                    assertThat(webhooks.inboxOptions().retry().maxAttempts()).isEqualTo(7);
                    assertThat(webhooks.mode("twilio", "message.incoming"))
                            .isEqualTo(io.webhooks4j.inbox.DeliveryMode.INBOX);
                    assertThat(webhooks.mode("stripe", "invoice.paid"))
                            .isEqualTo(io.webhooks4j.inbox.DeliveryMode.INLINE);
                });
    }

    @Test
    void failOnUnknownPropertiesFalseLogsInstead() {
        try (LogLines log = new LogLines(WebhooksPropertyCheck.class.getName())) {
            runner.withPropertyValues(STRIPE, "webhooks.stripe.secret=x", "webhooks.fail-on-unknown-properties=false")
                    .run(context -> assertThat(context).hasNotFailed());
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("WARNING Ignored webhooks property 'webhooks.stripe.secret'")
                    .doesNotContain("=x"));
        }
    }

    @Test
    void anEnvironmentVariableMeantForAProviderFailsAndAnUnrelatedOneIsLogged() {
        runner.withPropertyValues(STRIPE)
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-systemEnvironment", Map.of("WEBHOOKS_GITHUB_SECRET", "s3cret"))))
                .run(context -> assertThat(
                                WebhooksAutoConfigurationTests.analyze(context).getAction())
                        .contains("'webhooks.github.secrets'"));
        try (LogLines log = new LogLines(WebhooksPropertyCheck.class.getName())) {
            runner.withPropertyValues(STRIPE)
                    .withInitializer(context -> context.getEnvironment()
                            .getPropertySources()
                            .addFirst(new SystemEnvironmentPropertySource(
                                    "test-systemEnvironment",
                                    Map.of("WEBHOOKS_DASHBOARD_URL", "https://x", "WEBHOOKS_STRIPE_SECRETS", "a,b"))))
                    .run(context -> assertThat(context).hasNotFailed());
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .contains("Ignored webhooks property 'webhooks.dashboard.url'"));
        }
    }
}
