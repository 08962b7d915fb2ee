package io.webhooks4j.shopify.internal;

import io.webhooks4j.spi.Secret;
import java.util.List;
import java.util.Optional;

/** What the Shopify module knows about the shape of secrets. Not API. */
public final class ShopifySecrets {
    /**
     * Prefixes of Admin API access tokens, not of the client secret that signs webhooks: {@code shpat_} (public
     * apps), {@code shpca_} (custom apps), {@code shppa_} (legacy private apps), as Shopify's changelog "Length of
     * the Shopify access token is increasing" (April 2020) documents, and {@code shpua_}, which Shopify support
     * describes as the tokens of apps not yet categorised in the Partner Dashboard. {@code shpss_} is the shape of
     * an app's client secret (API secret key) itself, so it is not here.
     */
    private static final List<String> ACCESS_TOKEN_PREFIXES = List.of("shpat_", "shpca_", "shppa_", "shpua_");

    private ShopifySecrets() {}

    /** The access-token prefix {@code secret} starts with, if any. */
    public static Optional<String> accessTokenPrefix(Secret secret) {
        return ACCESS_TOKEN_PREFIXES.stream().filter(secret::startsWith).findFirst();
    }
}
