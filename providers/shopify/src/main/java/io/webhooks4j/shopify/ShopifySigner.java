package io.webhooks4j.shopify;

import io.webhooks4j.RawBody;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.WebhookRequest;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs deliveries the way Shopify does: {@code X-Shopify-Hmac-Sha256: base64(HMAC-SHA256(client secret, raw
 * body))}, or {@code shopify-hmac-sha256} when the request uses the event headers. For tests, fixtures and the CLI;
 * {@link ShopifyProvider#sign(WebhookRequest)} also fills in the delivery headers Shopify always sends.
 *
 * <pre>{@code
 * WebhookRequest signed = ShopifySigner.create(clientSecret).sign(WebhookRequest.builder()
 *     .header("X-Shopify-Topic", "orders/create")
 *     .header("X-Shopify-Shop-Domain", "example.myshopify.com")
 *     .body(json)
 *     .build());
 * }</pre>
 */
public final class ShopifySigner {
    private final Secret secret;

    private ShopifySigner(Secret secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** A signer using the app's client secret verbatim. */
    public static ShopifySigner create(String clientSecret) {
        return new ShopifySigner(Secret.of("key-1", clientSecret));
    }

    /** A signer using {@code secret}. */
    public static ShopifySigner of(Secret secret) {
        return new ShopifySigner(secret);
    }

    /** The base64 HMAC Shopify would send for {@code body}. */
    public String signature(RawBody body) {
        return Base64.getEncoder().encodeToString(ShopifyHmac.of(secret, body));
    }

    /** {@code unsigned} with its HMAC header set (replacing any), in the request's header family. */
    public WebhookRequest sign(WebhookRequest unsigned) {
        ShopifyHeaderFamily family = ShopifyHeaderFamily.of(unsigned);
        WebhookRequest.Builder builder = unsigned.toBuilder();
        for (ShopifyHeaderFamily each : ShopifyHeaderFamily.values()) {
            builder.removeHeader(each.hmac);
        }
        return builder.setHeader(family.hmac, signature(unsigned.body())).build();
    }

    /** The key id only. */
    @Override
    public String toString() {
        return "ShopifySigner[" + secret.id() + "]";
    }
}
