package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class StarterRegistrationTests {
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void registersTheAutoConfigurations() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, loader).getCandidates())
                .contains(
                        WebhooksAutoConfiguration.class.getName(),
                        WebhooksServletAutoConfiguration.class.getName(),
                        WebhooksEndpointAutoConfiguration.class.getName(),
                        WebhooksSecurityAutoConfiguration.class.getName());
    }

    @Test
    void registersTheFailureAnalyzer() {
        // other analyzers on the class path need constructor arguments: skip them
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(loader)
                        .load(FailureAnalyzer.class, (type, implementation, failure) -> {}))
                .hasAtLeastOneElementOfType(WebhooksFailureAnalyzer.class);
    }

    @Test
    void generatesConfigurationMetadataForIdeCompletion() throws Exception {
        try (InputStream in = loader.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json)
                    .contains(
                            "\"webhooks.path\"",
                            "\"webhooks.stripe.secrets\"",
                            "\"webhooks.stripe.tolerance\"",
                            "\"webhooks.security.enabled\"",
                            "\"webhooks.body-timeout\"",
                            "\"webhooks.shopify.max-body-size\"",
                            "\"webhooks.twilio.public-base-url\"",
                            "\"webhooks.public-base-url\"",
                            "\"webhooks.pagerduty.options\"",
                            "\"webhooks.trusted-proxies\"",
                            "\"webhooks.ledger\"",
                            "\"webhooks.ledger-table\"",
                            "\"webhooks.shopify.options.keys\"");
        }
    }
}
