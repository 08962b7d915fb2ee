package io.webhooks4j.shopify;

import io.webhooks4j.EventType;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates {@link ShopifyProvider}s from neutral settings (Spring properties, CLI flags): the keyring holds the
 * app's client secrets. Shopify signs no timestamp, so a tolerance is ignored. Options: {@code public-app}
 * ({@code true} requires handlers for the three compliance topics), {@code api-version} (what the signer puts in
 * {@code X-Shopify-API-Version}).
 */
public final class ShopifyProviderFactory implements WebhookProviderFactory {
    /** Option name: the app is a public (App Store) app. */
    public static final String PUBLIC_APP = "public-app";
    /** Option name: the API version the signer announces. */
    public static final String API_VERSION = "api-version";

    @Override
    public String id() {
        return ShopifyProvider.ID;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        Set<String> unknown = new HashSet<>(settings.options().keySet());
        unknown.remove(PUBLIC_APP);
        unknown.remove(API_VERSION);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "shopify options are [" + PUBLIC_APP + ", " + API_VERSION + "]; unknown: " + unknown);
        }
        ShopifyProvider.Builder builder =
                ShopifyProvider.builder().keyring(settings.keyring()).clock(settings.clock());
        settings.option(PUBLIC_APP).ifPresent(v -> {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(
                        "shopify option " + PUBLIC_APP + " must be true or false, was '" + v + "'");
            }
            builder.publicApp(Boolean.parseBoolean(v));
        });
        settings.option(API_VERSION).ifPresent(builder::apiVersion);
        settings.maxBodyBytes().ifPresent(builder::maxBodyBytes);
        return builder.build();
    }

    @Override
    public List<EventType<?>> eventTypes() {
        return EventType.declaredIn(ShopifyTopics.class);
    }
}
