package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code webhooks.<id>.provider: <factory id>}: several senders of one scheme side by side (Standard Webhooks'
 * Clerk and Resend), each under its own id with its own secrets and path (#20), and nothing for providers that
 * exist once.
 */
class ProviderInstancesTests {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void twoSendersOfOneSchemeAreTwoProvidersWithTheirOwnIds() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            MockEnvironment environment = new MockEnvironment()
                    .withProperty("webhooks.clerk.provider", "standard-webhooks")
                    .withProperty("webhooks.clerk.secrets", SECRET)
                    .withProperty("webhooks.resend.provider", "standard-webhooks");
            ProviderCatalogue catalogue = RealProviders.catalogue(loader).withInstances(environment);

            assertThat(catalogue.ids()).contains("clerk", "resend", "standard-webhooks", "stripe");
            assertThat(catalogue.instances())
                    .containsEntry("clerk", "standard-webhooks")
                    .containsEntry("resend", "standard-webhooks");
            assertThat(catalogue.descriptor("clerk").id()).isEqualTo("clerk");
            WebhookProvider<?> clerk = catalogue.factory("clerk").create(ProviderSettings.of(Keyring.of(SECRET)));
            assertThat(clerk.id()).isEqualTo("clerk");
            assertThat(WebhooksPropertyCheck.known(catalogue))
                    .contains("webhooks.clerk.provider", "webhooks.clerk.secrets", "webhooks.resend.tolerance")
                    .doesNotContain("webhooks.stripe.provider");
        }
    }

    @Test
    void anInstanceOfAProviderThatExistsOnceOrOfNoProviderFailsStartUpNamingTheProperty() throws Exception {
        try (URLClassLoader loader = RealProviders.loader()) {
            ProviderCatalogue real = RealProviders.catalogue(loader);
            assertThatThrownBy(() ->
                            real.withInstances(new MockEnvironment().withProperty("webhooks.acme.provider", "stripe")))
                    .isInstanceOf(WebhooksSetupException.class)
                    .hasMessageContaining("webhooks.acme.provider")
                    .hasMessageContaining("'stripe' exists once");
            assertThatThrownBy(() ->
                            real.withInstances(new MockEnvironment().withProperty("webhooks.acme.provider", "no-such")))
                    .isInstanceOf(WebhooksSetupException.class)
                    .hasMessageContaining("'no-such', which is no provider on the class path");
            assertThatThrownBy(() -> real.withInstances(
                            new MockEnvironment().withProperty("webhooks.openai.provider", "standard-webhooks")))
                    .isInstanceOf(WebhooksSetupException.class)
                    .hasMessageContaining("already the id of a provider");
        }
    }
}
