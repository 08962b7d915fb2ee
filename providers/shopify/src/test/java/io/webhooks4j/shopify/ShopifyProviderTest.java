package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.OTHER_SECRET;
import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookProvider;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShopifyProviderTest {
    @Test
    void createUsesTheSecretsInOrder() {
        ShopifyProvider provider = ShopifyProvider.create(SECRET, OTHER_SECRET);

        assertThat(provider.id()).isEqualTo("shopify");
        assertThat(provider.keyring().ids()).containsExactly("key-1", "key-2");
        assertThat(provider.maxBodyBytes()).isEqualTo(WebhookProvider.DEFAULT_MAX_BODY_BYTES);
        assertThat(provider.publicApp()).isFalse();
        assertThat(provider.eventClass()).isEqualTo(ShopifyEvent.class);
    }

    @Test
    void buildWithoutSecretNamesTheField() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ShopifyProvider.builder().build())
                .withMessageStartingWith("secrets:");
    }

    @Test
    void blankSecretIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ShopifyProvider.create(" "));
    }

    @Test
    void nonPositiveBodyLimitIsRejected() {
        // The shared ProviderBuilder validates the body limit for every provider, as an IllegalStateException.
        assertThatIllegalStateException()
                .isThrownBy(() -> ShopifyProvider.builder()
                        .secrets(SECRET)
                        .maxBodyBytes(0)
                        .build())
                .withMessageContaining("maxBodyBytes");
    }

    @Test
    void toStringHoldsNoSecret() {
        String text = ShopifyProvider.builder()
                .secrets(SECRET, OTHER_SECRET)
                .publicApp(true)
                .build()
                .toString();

        assertThat(text).contains("key-1", "key-2", "publicApp=true").doesNotContain(SECRET, OTHER_SECRET);
    }

    @Test
    void signIsDeterministicForAFixedClockAndKeepsGivenHeaders() {
        ShopifyProvider provider = ShopifyFixtures.provider();
        WebhookRequest unsigned = WebhookRequest.builder()
                .header("X-Shopify-Topic", "shop/redact")
                .header("X-Shopify-Shop-Domain", ShopifyFixtures.SHOP)
                .header("X-Shopify-API-Version", "2025-10")
                .body(ShopifyFixtures.fixture("shop-redact.json"))
                .build();

        WebhookRequest first = provider.sign(unsigned);
        WebhookRequest second = provider.sign(unsigned);

        assertThat(first.headers()).isEqualTo(second.headers());
        assertThat(first.header("X-Shopify-API-Version")).contains("2025-10");
        assertThat(first.header("X-Shopify-Triggered-At")).contains("2026-11-27T12:00:00Z");
        assertThat(first.header("X-Shopify-Webhook-Id")).isPresent();
        assertThat(first.header("X-Shopify-Event-Id")).isPresent();
        assertThat(first.header("Content-Type")).contains("application/json");
        assertThat(provider.verify(first).keyId()).isEqualTo("key-1");
    }

    @Test
    void validateHandlersIgnoresCatchAllsForPublicApps() {
        ShopifyProvider publicApp =
                ShopifyProvider.builder().secrets(SECRET).publicApp(true).build();

        assertThatIllegalStateException()
                .isThrownBy(() -> publicApp.validateHandlers(Set.of("*")))
                .withMessageContaining("catch-all handler does not count");
        publicApp.validateHandlers(Set.of("customers/data_request", "customers/redact", "shop/redact"));
        ShopifyFixtures.provider().validateHandlers(Set.of());
    }
}
