package io.webhooks4j.shopify.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;

/** What Shopify signs, shared by {@code ShopifyWebhookVerifier} and {@code ShopifySigner}. Not API. */
public final class ShopifyHmac {
    /** Length of an HMAC-SHA256, in bytes. */
    public static final int LENGTH = 32;

    private ShopifyHmac() {}

    /** HMAC-SHA256 of the exact body bytes, keyed with the app's client secret used verbatim (UTF-8). */
    public static byte[] of(Secret secret, RawBody body) {
        return secret.hmac(HmacAlgorithm.SHA256, body);
    }
}
