package io.webhooks4j.shopify;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;

/**
 * Creates {@link ShopifyProvider}s from neutral settings (Spring properties, CLI flags): the keyring holds the
 * app's client secrets. Shopify signs no timestamp, so a tolerance is refused
 * ({@link IllegalArgumentException}). Options: {@code public-app}
 * ({@code true} requires handlers for the three compliance topics), {@code api-version} (what the signer puts in
 * {@code X-Shopify-API-Version}).
 */
public final class ShopifyProviderFactory implements WebhookProviderFactory {
    /** Option name: the app is a public (App Store) app. */
    public static final String PUBLIC_APP = "public-app";
    /** Option name: the API version the signer announces. */
    public static final String API_VERSION = "api-version";

    private static final ProviderDescriptor DESCRIPTOR = ProviderDescriptor.builder(ShopifyProvider.ID, "Shopify")
            .secretName(ShopifyProvider.SECRET_NAME)
            .eventClass(ShopifyEvent.class)
            .catalogue(ShopifyEvents.CATALOGUE)
            .option(
                    PUBLIC_APP,
                    "The app is distributed through the Shopify App Store: true requires handlers for the three"
                            + " compliance topics (default false)")
            .option(
                    API_VERSION,
                    "The API version the signer puts in X-Shopify-API-Version (default "
                            + ShopifyProvider.DEFAULT_API_VERSION + ")")
            .build();

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public WebhookProvider<?> build(ProviderSettings settings) {
        ShopifyProvider.Builder builder = ShopifyProvider.builder().settings(settings);
        settings.booleanOption(id(), PUBLIC_APP).ifPresent(builder::publicApp);
        settings.option(API_VERSION).ifPresent(builder::apiVersion);
        return builder.build();
    }
}
