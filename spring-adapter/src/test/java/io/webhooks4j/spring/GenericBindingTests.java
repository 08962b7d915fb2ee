package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookReply;
import io.webhooks4j.Webhooks;
import io.webhooks4j.servlet.WebhookServlet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The {@code webhooks.<id>.*} blocks are bound per discovered provider from its descriptor, the public base URL
 * is one general setting with a deprecated per-provider alias, and a route holds one typed handler (#17).
 */
class GenericBindingTests {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(WebhooksAutoConfigurationTests.CONFIGURATIONS);

    private static final String STRIPE = "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET;
    private static final String TWILIO = "webhooks.twilio.secrets=" + Deliveries.TWILIO_SECRET;

    @Test
    void everyDiscoveredProviderIsBoundByItsIdAndOnlyItsDescriptorsKeysAreAccepted() {
        runner.withPropertyValues(STRIPE, "webhooks.github.secrets=gh", "webhooks.github.max-body-size=2MB")
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.providerIds()).containsExactly("github", "stripe");
                    assertThat(webhooks.maxBodyBytes("github")).isEqualTo(2L * 1024 * 1024);
                    ConfiguredProviders configured = context.getBean(ConfiguredProviders.class);
                    assertThat(configured.ids()).containsExactly("github", "stripe", "twilio");
                    assertThat(configured.keyIdsOfProvidersOn()).containsOnlyKeys("github", "stripe");
                });
        // twilio's descriptor signs no timestamp: no tolerance, whatever its name
        runner.withPropertyValues(STRIPE, TWILIO, "webhooks.twilio.tolerance=1m")
                .run(context -> assertThat(
                                WebhooksAutoConfigurationTests.analyze(context).getDescription())
                        .contains("'webhooks.twilio.tolerance'", "twilio signs no timestamp"));
    }

    @Test
    void theGeneralPublicBaseUrlIsTheServletsAndAProviderThatSignsNoUrlHasNone() {
        runner.withPropertyValues(STRIPE, TWILIO, "webhooks.public-base-url=https://hooks.example.com/")
                .run(context -> {
                    ConfiguredProviders.PublicBaseUrl url =
                            context.getBean(ConfiguredProviders.class).publicBaseUrl();
                    assertThat(url).isNotNull();
                    assertThat(url.property()).isEqualTo("webhooks.public-base-url");
                    WebhookServlet.Options options =
                            WebhooksServletAutoConfiguration.options(context.getBean(WebhooksProperties.class), url);
                    assertThat(options.publicBaseUrl()).contains("https://hooks.example.com");
                });
        runner.withPropertyValues(STRIPE, "webhooks.stripe.public-base-url=https://hooks.example.com")
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription())
                            .contains("'webhooks.stripe.public-base-url'", "does not sign the request URL");
                    assertThat(analysis.getAction()).contains("Did you mean 'webhooks.public-base-url'?");
                });
    }

    @Test
    void theAliasOfAProviderThatSignsTheUrlStillWorksWithAWarning() {
        try (LogLines log = new LogLines(ConfiguredProviders.class.getName())) {
            runner.withPropertyValues(STRIPE, TWILIO, "webhooks.twilio.public-base-url=https://hooks.example.com")
                    .run(context -> {
                        ConfiguredProviders.PublicBaseUrl url =
                                context.getBean(ConfiguredProviders.class).publicBaseUrl();
                        assertThat(url).isNotNull();
                        assertThat(url.url()).isEqualTo("https://hooks.example.com");
                        assertThat(url.property()).isEqualTo("webhooks.twilio.public-base-url");
                    });
            assertThat(log.lines())
                    .containsExactly("WARNING webhooks.twilio.public-base-url is deprecated: the public URL is the"
                            + " application's, the same for every provider; set webhooks.public-base-url instead");
        }
        runner.withPropertyValues(
                        STRIPE,
                        "webhooks.public-base-url=https://a.example.com",
                        "webhooks.twilio.public-base-url=https://b.example.com")
                .run(context -> {
                    FailureAnalysis analysis = WebhooksAutoConfigurationTests.analyze(context);
                    assertThat(analysis.getDescription())
                            .contains("webhooks.public-base-url and webhooks.twilio.public-base-url");
                    assertThat(analysis.getAction()).contains("remove webhooks.twilio.public-base-url");
                });
    }

    @Test
    void theBlockOfAProviderWhoseModuleIsMissingIsNamedNotSilentlyIgnored() {
        try (LogLines log = new LogLines(WebhooksAssembly.class.getName())) {
            runner.withPropertyValues(STRIPE, "webhooks.acme.secrets=s3cret", "webhooks.acme.max-body-size=1MB")
                    .run(context -> assertThat(context.getBean(Webhooks.class).providerIds())
                            .containsExactly("stripe"));
            assertThat(log.lines())
                    .containsExactly("WARNING webhooks.acme.secrets is set but io.webhooks4j:webhooks4j-acme is not"
                            + " on the class path: acme webhooks are off");
        }
        runner.withPropertyValues(STRIPE, "webhooks.acme.secret=s3cret").run(context -> assertThat(
                        WebhooksAutoConfigurationTests.analyze(context).getAction())
                .contains("Did you mean 'webhooks.acme.secrets'?"));
        runner.withPropertyValues("webhooks.acme.enabled=true", "webhooks.acme.secrets=s3cret")
                .run(context -> assertThat(
                                WebhooksAutoConfigurationTests.analyze(context).getAction())
                        .contains("io.webhooks4j:webhooks4j-acme"));
    }

    @Test
    void aPlainRouteIsAReplyingOneThatRepliesNothingAndAReplyingOneIsSent() {
        List<String> seen = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(STRIPE, TWILIO)
                .withBean(
                        "sms",
                        WebhookRoute.class,
                        () -> WebhookRoute.onReply(FakeTwilio.INCOMING_MESSAGE, sms -> {
                            seen.add("reply " + sms.body());
                            return WebhookReply.xml("<Response><Message>ok</Message></Response>");
                        }))
                .withBean(
                        "call",
                        WebhookRoute.class,
                        () -> WebhookRoute.on(FakeTwilio.INCOMING_CALL, call -> {
                            seen.add("plain " + call.from());
                        }))
                .run(context -> {
                    Webhooks webhooks = context.getBean(Webhooks.class);
                    assertThat(webhooks.handle("twilio", Deliveries.sms("SM1")).bodyAsString())
                            .isEqualTo("<Response><Message>ok</Message></Response>");
                    assertThat(webhooks.handle(
                                            "twilio",
                                            Deliveries.signed(
                                                    "twilio",
                                                    "call.incoming",
                                                    "CA1",
                                                    "{\"From\":\"+1555\"}",
                                                    Deliveries.TWILIO_SECRET))
                                    .bodyAsString())
                            .isEqualTo("<Response/>");
                    assertThat(seen).containsExactly("reply hi", "plain +1555");
                    assertThat(context.getBean("sms", WebhookRoute.class).replying())
                            .isTrue();
                    assertThat(context.getBean("call", WebhookRoute.class).toString())
                            .isEqualTo("WebhookRoute[twilio:call.incoming]");
                });
    }
}
