package io.webhooks4j.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import io.webhooks4j.spi.WebhookSigner;
import io.webhooks4j.spi.WebhookVerifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerDutyProviderTest {
    @Test
    void createUsesTheSecretsInOrder() {
        PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET);

        assertThat(provider.id()).isEqualTo("pagerduty");
        assertThat(provider.keyring().ids()).containsExactly("key-1", "key-2");
        assertThat(provider.maxBodyBytes()).isEqualTo(WebhookProvider.DEFAULT_MAX_BODY_BYTES);
        assertThat(provider.eventClass()).isEqualTo(PagerDutyEvent.class);
        assertThat(provider.verifier().keyring()).isSameAs(provider.keyring());
    }

    @Test
    void builderTakesAKeyringAndABodyLimit() {
        PagerDutyProvider provider = PagerDutyProvider.builder()
                .keyring(Keyring.builder().add("current", Fixtures.SECRET).build())
                .maxBodyBytes(256 * 1024)
                .build();

        assertThat(provider.maxBodyBytes()).isEqualTo(256 * 1024);
        assertThat(provider.verify(Fixtures.signed("incident.triggered")).keyId())
                .isEqualTo("current");
        assertThat(provider.signer().signatureHeader(Fixtures.body("incident.triggered")))
                .isEqualTo(
                        PagerDutySigner.create(Fixtures.SECRET).signatureHeader(Fixtures.body("incident.triggered")));
    }

    @Test
    void buildNamesTheMissingOrInvalidField() {
        assertThatIllegalStateException()
                .isThrownBy(() -> PagerDutyProvider.builder().build())
                .withMessageContaining("secrets");
        assertThatIllegalStateException()
                .isThrownBy(() -> PagerDutyProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .maxBodyBytes(0)
                        .build())
                .withMessageContaining("maxBodyBytes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PagerDutyProvider.builder().secrets(List.of()))
                .withMessageContaining("PagerDuty webhook signing secret");
        assertThatIllegalArgumentException().isThrownBy(() -> PagerDutyProvider.create(Fixtures.SECRET, " "));
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        assertThat(PagerDutyProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET)
                        .toString())
                .contains("key-1", "key-2")
                .doesNotContain(Fixtures.SECRET)
                .doesNotContain(Fixtures.OTHER_SECRET);
    }

    @Test
    void factoryIsDiscoveredAndDescribesTheProviderWithoutReflection() {
        WebhookProviderFactory factory = WebhookProviderFactory.discover().get("pagerduty");
        assertThat(factory).isInstanceOf(PagerDutyProviderFactory.class);
        assertThat(factory.descriptor())
                .isEqualTo(ProviderDescriptor.builder("pagerduty", "PagerDuty")
                        .secretName("PagerDuty webhook signing secret")
                        .eventClass(PagerDutyEvent.class)
                        .catalogue(PagerDutyEvents.CATALOGUE)
                        .defaultMaxBodyBytes(1024 * 1024)
                        .build());
        assertThat(factory.eventTypes()).hasSize(32).contains(PagerDutyEvents.ANY);

        WebhookProvider<?> limited =
                factory.create(ProviderSettings.of(Keyring.of(Fixtures.SECRET)).withMaxBodyBytes(4096));
        assertThat(limited.maxBodyBytes()).isEqualTo(4096);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(
                        ProviderSettings.of(Keyring.of(Fixtures.SECRET)).withOptions(Map.of("legacy-sha1", "true"))))
                .withMessageContaining("pagerduty has no options");
    }

    @Test
    void followsTheProviderTemplate() {
        assertThat(PagerDutyEvent.class.isRecord()).isTrue();
        assertThat(PagerDutyHeaders.SIGNATURE).isEqualTo("X-PagerDuty-Signature");
        assertThat(PagerDutyHeaders.WEBHOOK_ID).isEqualTo("X-Webhook-Id");
        assertThat(PagerDutyHeaders.SUBSCRIPTION).isEqualTo("X-Webhook-Subscription");
        PagerDutyProvider provider = PagerDutyProvider.create(Fixtures.SECRET, Fixtures.OTHER_SECRET);
        WebhookVerifier verifier = provider.verifier();
        WebhookSigner signer = provider.signer();
        WebhookRequest signed = signer.sign(Fixtures.unsigned(Fixtures.body("incident.triggered"), "wh-1"));
        assertThat(signed.header(PagerDutyHeaders.SIGNATURE).orElseThrow()).matches("v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
        assertThat(verifier.verify(signed).keyId()).isEqualTo("key-1");
        assertThat(PagerDutyWebhookVerifier.create(Fixtures.OTHER_SECRET)
                        .verify(signed)
                        .keyId())
                .isEqualTo("key-1");
        assertThat(PagerDutySigner.create(Fixtures.SECRET).signatureHeader(signed.body()))
                .isEqualTo(
                        signed.header(PagerDutyHeaders.SIGNATURE).orElseThrow().split(",")[0]);
    }
}
