package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.OTHER_SECRET;
import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.test.kit.LoggedWarnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #16.6 (#16.5, a missing client secret named Shopify's, is the compatibility kit's): an Admin API access token given as the client
 * secret (documented prefixes {@code shpat_}, {@code shpca_}, {@code shppa_}, and {@code shpua_} seen on apps
 * not yet categorised) logs a WARN at build time naming the key id, never the value. {@code shpss_} is the
 * shape of an app's client secret (API secret key) itself, so it is accepted silently.
 */
class ShopifySecretShapeTest {
    /** What the provider warns about (System.Logger goes to java.util.logging in tests). */
    @RegisterExtension
    final LoggedWarnings warnings = LoggedWarnings.of(ProviderBuilder.class);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "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",
                "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",
                "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",
                "shpua_5d5b86ea0a074bcd41c4d9ad07b89fea"
            })
    void anAccessTokenGivenAsTheClientSecretLogsAWarningNamingTheKeyId(String token) {
        ShopifyProvider provider = ShopifyProvider.builder()
                .keyring(Keyring.builder()
                        .add("current", SECRET)
                        .add("from-admin", token)
                        .build())
                .build();

        assertThat(provider.keyIds()).containsExactly("current", "from-admin");
        assertThat(warnings.messages()).singleElement().satisfies(message -> assertThat(message)
                .contains("'from-admin'", token.substring(0, 6) + "...", "client secret")
                .doesNotContain("5d5b86ea")
                .doesNotContain("'current'"));
    }

    @Test
    void clientSecretsOfTheUsualShapesLogNothing() {
        ShopifyProvider.create(SECRET, OTHER_SECRET, "0123456789abcdef0123456789abcdef");
        new ShopifyProviderFactory().create(ProviderSettings.of(Keyring.of(SECRET)));

        assertThat(warnings.messages()).isEmpty();
    }

    @Test
    void theFactoryWarnsToo() {
        new ShopifyProviderFactory().create(ProviderSettings.of(Keyring.of("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")));

        assertThat(warnings.messages()).singleElement().satisfies(m -> assertThat(m)
                .contains("'key-1'"));
    }
}
