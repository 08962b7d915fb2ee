package io.webhooks4j.standardwebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.Keyring;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.Secret;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import io.webhooks4j.WebhookRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code WebhookProviderFactory} SPI: discovered by id, one factory for many senders under their own ids. */
class StandardWebhooksProviderFactoryTest {
    private static final Map<String, WebhookProviderFactory> FACTORIES = WebhookProviderFactory.discover();

    private static ProviderSettings settings(String... secrets) {
        return ProviderSettings.of(Keyring.of(secrets)).withClock(Fixtures.CLOCK);
    }

    @Test
    void isDiscoveredUnderItsIdsWithTheirCatalogues() {
        assertThat(FACTORIES).containsKeys("standard-webhooks", "openai", "anthropic");
        assertThat(FACTORIES.get("openai").eventTypes()).containsExactlyElementsOf(OpenAiEvents.all());
        assertThat(FACTORIES.get("anthropic").eventTypes()).containsExactlyElementsOf(AnthropicEvents.all());
        assertThat(FACTORIES.get("openai").create(settings(Fixtures.SECRET)).id())
                .isEqualTo("openai");
    }

    @Test
    void makesSeveralSendersSideBySideFromKeyringStrings() {
        WebhookProviderFactory factory = FACTORIES.get("standard-webhooks");
        WebhookProvider<?> clerk = factory.create(settings(Fixtures.SECRET).withOptions(Map.of("id", "clerk")));
        WebhookProvider<?> resend = factory.create(settings(Fixtures.OTHER_SECRET, Fixtures.SIGNING_KEY)
                .withOptions(Map.of("id", "resend", "future-tolerance", "PT1M")));
        assertThat(clerk.id()).isEqualTo("clerk");
        assertThat(resend.id()).isEqualTo("resend");
        assertThat(resend.keyIds()).containsExactly("key-1", "key-2");
        // the keyring's whsec_ strings are read as Standard Webhooks keys (base64-decoded), not used verbatim
        WebhookRequest signed = StandardWebhooksProvider.builder()
                .keys(Fixtures.SECRET)
                .clock(Fixtures.CLOCK)
                .build()
                .sign(Fixtures.unsigned("{\"type\":\"user.created\"}"));
        assertThat(clerk.verify(signed).keyId()).isEqualTo("key-1");
        WebhookRequest ed25519 = StandardWebhooksSigner.create(Fixtures.SIGNING_KEY)
                .sign(Fixtures.unsigned("{\"type\":\"email.sent\"}"), Fixtures.NOW);
        assertThat(resend.verify(ed25519).keyId()).isEqualTo("key-2");
        assertThat(((StandardWebhooksProvider) resend).verifier().futureTolerance())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void readsNamedKeysAndDecodedBytesFromACoreKeyring() {
        byte[] decoded = java.util.Base64.getDecoder().decode(Fixtures.SECRET.substring("whsec_".length()));
        Keyring keyring =
                Keyring.ofSecrets(List.of(Secret.of("2026-11", Fixtures.OTHER_SECRET), Secret.ofBytes("raw", decoded)));
        StandardWebhooksProvider provider = StandardWebhooksProvider.builder()
                .keyring(keyring)
                .clock(Fixtures.CLOCK)
                .build();
        assertThat(provider.keyIds()).containsExactly("2026-11", "raw");
        WebhookRequest signed = Fixtures.provider(Fixtures.SECRET).sign(Fixtures.unsigned("{\"type\":\"a.b\"}"));
        assertThat(provider.verify(signed).keyId()).isEqualTo("raw");
    }

    @Test
    void refusesWrongSettingsNamingThem() {
        WebhookProviderFactory factory = FACTORIES.get("standard-webhooks");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(settings(Fixtures.SECRET).withOptions(Map.of("colour", "blue"))))
                .withMessageContaining("colour");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(settings(Fixtures.SECRET).withOptions(Map.of("id", "Clerk Prod"))))
                .withMessageContaining("option id");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> factory.create(settings(Fixtures.SECRET).withOptions(Map.of("future-tolerance", "soon"))))
                .withMessageContaining("future-tolerance");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(settings("whsec_not*base64")))
                .withMessageContaining("'key-1'")
                .withMessageContaining("not base64")
                .withMessageNotContaining("not*base64");
    }

    @Test
    void refusesMissingSecretsNamingTheSender() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardWebhooksProvider.openAi((String) null))
                .withMessageContaining("OpenAI webhook secret is missing (null)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardWebhooksProvider.anthropic())
                .withMessageContaining("Anthropic webhook signing key is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        StandardWebhooksProvider.builder().id("clerk").keys(" ").build())
                .withMessageContaining("Standard Webhooks secret of 'clerk' is blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StandardWebhooksProvider.builder().id("clerk").build())
                .withMessageContaining("is missing");
    }
}
