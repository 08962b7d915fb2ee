package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

/** A WebFlux application cannot mount the webhook servlet: start-up fails and says so (#16.1). */
class ReactiveApplicationTests {
    private final ReactiveWebApplicationContextRunner runner =
            new ReactiveWebApplicationContextRunner().withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS);

    @Test
    void failsAtStartUpSayingTheStarterNeedsAServletWebApplication() {
        runner.withPropertyValues("webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new WebhooksFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("needs a servlet web application", "WebFlux");
                    assertThat(analysis.getAction()).contains("spring-boot-starter-webmvc");
                });
    }

    @Test
    void startsWhenNoProviderIsConfigured() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Webhooks.class));
    }

    @Test
    void startsWithTheApplicationsOwnWebhooksBean() {
        Webhooks own = Webhooks.builder()
                .provider(new FakeStripe.Factory()
                        .create(io.webhooks4j.spi.ProviderSettings.of(io.webhooks4j.Keyring.of("own"))))
                .build();
        runner.withPropertyValues("webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET)
                .withBean(Webhooks.class, () -> own)
                .run(context -> assertThat(context).hasNotFailed());
    }
}
