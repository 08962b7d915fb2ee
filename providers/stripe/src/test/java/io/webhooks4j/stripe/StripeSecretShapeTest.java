package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #16.6: a Stripe API key given as the webhook secret fails at build time. (#16.5, a missing secret named in
 * the messages of the provider, the verifier and the builder, is the compatibility kit's.)
 */
class StripeSecretShapeTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "sk_live_51Kaffee0123456789abcdefSECRET",
                "sk_test_51Kaffee0123456789abcdefSECRET",
                "rk_live_51Kaffee0123456789abcdefSECRET",
                "pk_test_51Kaffee0123456789abcdefSECRET"
            })
    void anApiKeyGivenAsTheWebhookSecretIsRefusedWithoutShowingIt(String apiKey) {
        String prefix = apiKey.substring(0, 3);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> StripeProvider.create(Fixtures.SECRET, apiKey))
                .withMessageContaining("'key-2'")
                .withMessageContaining("looks like a Stripe API key (" + prefix + "...)")
                .withMessageContaining("whsec_")
                .withMessageContaining("allowApiKeyShapedSecrets")
                .withMessageNotContaining("51Kaffee")
                .withMessageNotContaining("SECRET");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StripeProvider.builder()
                        .keyring(Keyring.builder().add("prod", apiKey).build())
                        .build())
                .withMessageContaining("'prod'")
                .withMessageNotContaining("51Kaffee");
    }

    @Test
    void theBuilderCanAcceptAnApiKeyShapedSecretExplicitly() {
        StripeProvider provider = StripeProvider.builder()
                .secrets("sk_test_but_really_the_signing_secret")
                .allowApiKeyShapedSecrets(true)
                .build();

        assertThat(provider.keyIds()).containsExactly("key-1");
        assertThat(provider.verifier().allowsApiKeyShapedSecrets()).isTrue();
    }

    @Test
    void ordinarySecretsAndSecretsWithoutThePrefixStillBuild() {
        assertThat(StripeProvider.create(Fixtures.SECRET).keyIds()).containsExactly("key-1");
        assertThat(StripeProvider.create("my_local_test_secret", "skipper").keyIds())
                .containsExactly("key-1", "key-2");
    }

    @Test
    void theFactoryRefusesAnApiKeyUnlessTheOptionSaysOtherwise() {
        StripeProviderFactory factory = new StripeProviderFactory();
        ProviderSettings settings = ProviderSettings.of(Keyring.of("sk_live_51Kaffee0123456789abcdefSECRET"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(settings))
                .withMessageContaining(StripeProviderFactory.ALLOW_API_KEY_SHAPED_SECRETS)
                .withMessageNotContaining("51Kaffee");
        WebhookProvider<?> allowed = factory.create(
                settings.withOptions(Map.of(StripeProviderFactory.ALLOW_API_KEY_SHAPED_SECRETS, "true")));
        assertThat(allowed.keyIds()).containsExactly("key-1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> factory.create(
                        settings.withOptions(Map.of(StripeProviderFactory.ALLOW_API_KEY_SHAPED_SECRETS, "yes"))))
                .withMessageContaining("true or false");
    }

    @Test
    void buildWithoutAnySecretStillNamesTheField() {
        assertThatIllegalStateException()
                .isThrownBy(() -> StripeProvider.builder().build())
                .withMessageContaining("Stripe webhook secret")
                .withMessageContaining("secrets(");
    }
}
