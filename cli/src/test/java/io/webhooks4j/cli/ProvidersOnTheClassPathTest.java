package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import io.webhooks4j.test.TestDeliveries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CLI is generic over the providers it finds (issue #17): everything it knows of one comes from its factory,
 * its descriptor and its fixtures. This module has all six provider modules on its class path, so the checks
 * that need them all live here (they were the test kit's, which now depends on core only).
 */
class ProvidersOnTheClassPathTest {
    /** Secrets every provider accepts (Standard Webhooks needs base64 after {@code whsec_}). */
    static final String S1 = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static final String S2 = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void everyProviderModuleRegistersAFactoryThatRejectsUnknownOptions() {
        Map<String, WebhookProviderFactory> factories = WebhookProviderFactory.discover();
        assertThat(factories.keySet())
                .containsExactlyInAnyOrder(
                        "stripe",
                        "github",
                        "twilio",
                        "pagerduty",
                        "shopify",
                        "standard-webhooks",
                        "openai",
                        "anthropic");
        for (WebhookProviderFactory factory : factories.values()) {
            assertThat(factory.eventTypes()).as(factory.id()).isNotEmpty().allSatisfy(t -> assertThat(t.provider())
                    .isEqualTo(factory.id()));
            ProviderSettings bad = ProviderSettings.of(Keyring.of(S1)).withOptions(Map.of("no-such-option", "1"));
            assertThatIllegalArgumentException()
                    .as(factory.id())
                    .isThrownBy(() -> factory.create(bad))
                    .withMessageContaining("no-such-option");
            assertThat(factory.create(ProviderSettings.of(Keyring.of(S1, S2))).id())
                    .isEqualTo(factory.id());
        }
        assertThat(Set.copyOf(Fixtures.all().stream().map(Fixture::provider).toList()))
                .isEqualTo(factories.keySet());
    }

    @Test
    void anUnknownFixtureOrProviderNamesWhatThereIs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestDeliveries.provider("stripe").fixture("nope"))
                .withMessageContaining("invoice.paid");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestDeliveries.provider("paypal"))
                .withMessageContaining("stripe");
    }

    @Test
    void theProviderHelpListsTheDiscoveredIds() {
        CliTest.Result help = CliTest.run("sign", "--help");
        assertThat(help.code()).isZero();
        for (String id : WebhookProviderFactory.discover().keySet()) {
            assertThat(help.out()).contains(id);
        }
        assertThat(new DeliveryOptions.ProviderIds())
                .containsExactlyInAnyOrderElementsOf(
                        WebhookProviderFactory.discover().keySet());
    }

    @Test
    void theEventHeaderIsTheOneTheProvidersFixturesCarryTheEventTypeIn() {
        assertThat(DeliveryOptions.eventHeader("github")).contains("X-GitHub-Event");
        assertThat(DeliveryOptions.eventHeader("shopify")).contains("X-Shopify-Topic");
        for (String id : List.of("stripe", "twilio", "pagerduty", "no-such-provider")) {
            assertThat(DeliveryOptions.eventHeader(id)).as(id).isEqualTo(Optional.empty());
        }
        assertThat(DeliveryOptions.eventHeaderProviders()).containsExactlyInAnyOrder("github", "shopify");
    }

    @Test
    void aUrlSigningProviderNeedsAUrlToSign() {
        for (WebhookProviderFactory factory : WebhookProviderFactory.discover().values()) {
            CliTest.Result sign = CliTest.run(
                    "sign",
                    "--provider",
                    factory.id(),
                    "--secret",
                    "s3cr3t_value_0123456789",
                    "--fixture",
                    Fixtures.of(factory.id()).get(0).name());
            if (factory.descriptor().signsUrl()) {
                assertThat(sign.code()).as(factory.id()).isEqualTo(Main.USAGE);
                assertThat(sign.err()).contains("--url is required for " + factory.id());
            } else {
                assertThat(sign.code()).as("%s: %s", factory.id(), sign.err()).isEqualTo(Main.OK);
            }
        }
    }
}
