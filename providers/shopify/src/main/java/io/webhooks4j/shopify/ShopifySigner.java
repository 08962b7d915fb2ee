package io.webhooks4j.shopify;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.internal.ShopifyHeaderFamily;
import io.webhooks4j.shopify.internal.ShopifyHmac;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs deliveries the way Shopify does, for tests, fixtures and the CLI: {@code X-Shopify-Hmac-Sha256:
 * base64(HMAC-SHA256(client secret, raw body))} with the primary key, or {@code shopify-hmac-sha256} when the
 * request uses the event headers; and adds the delivery headers Shopify always sends where they are missing.
 *
 * <pre>{@code
 * WebhookRequest signed = ShopifySigner.create(clientSecret).sign(WebhookRequest.builder()
 *     .header("X-Shopify-Topic", "orders/create")
 *     .header("X-Shopify-Shop-Domain", "example.myshopify.com")
 *     .body(json)
 *     .build());
 * }</pre>
 *
 * <p>{@link #create(String...)} gives one with the system clock and {@link ShopifyProvider#DEFAULT_API_VERSION};
 * one with another clock or API version is {@code ShopifyProvider.builder()...build().signer()}. Immutable and
 * thread-safe.
 */
public final class ShopifySigner implements WebhookSigner {
    private final Secret secret;
    private final Clock clock;
    private final String apiVersion;

    /** Settings validated by {@link ShopifyProvider.Builder}. */
    ShopifySigner(Secret secret, Clock clock, String apiVersion) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
    }

    /**
     * A signer using the app's client secret verbatim (the first one given, as Shopify signs with one), the system
     * clock and the default API version.
     *
     * @throws IllegalArgumentException as {@link ShopifyProvider#create(String...)}
     */
    public static ShopifySigner create(String... clientSecrets) {
        return ShopifyProvider.create(clientSecrets).signer();
    }

    /** The base64 HMAC Shopify would send for {@code body}. */
    public String signature(RawBody body) {
        return Base64.getEncoder().encodeToString(ShopifyHmac.of(secret, body));
    }

    /**
     * {@code unsigned} with its HMAC header set (replacing any), in the request's header family, and the delivery
     * headers Shopify always sends added where they are missing: webhook id and event id (derived from the body
     * and the clock, so the same input gives the same ids), triggered-at (the clock), API version and {@code
     * Content-Type: application/json}. The topic and shop domain cannot be guessed: set them yourself. The body is
     * not touched.
     */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        ShopifyHeaderFamily family = ShopifyHeaderFamily.of(unsigned);
        Instant now = clock.instant();
        String seed = now + ":" + HexFormat.of().formatHex(unsigned.body().sha256());
        WebhookRequest.Builder builder = unsigned.toBuilder();
        if (unsigned.headers().firstNonBlank(family.webhookId).isEmpty()
                && (family == ShopifyHeaderFamily.WEBHOOKS
                        || unsigned.headers().firstNonBlank(family.eventId).isEmpty())) {
            builder.setHeader(family.webhookId, uuid("webhook:" + seed));
        }
        if (unsigned.headers().firstNonBlank(family.eventId).isEmpty()) {
            builder.setHeader(family.eventId, uuid("event:" + seed));
        }
        if (unsigned.headers().firstNonBlank(family.triggeredAt).isEmpty()) {
            builder.setHeader(family.triggeredAt, now.toString());
        }
        if (unsigned.headers().firstNonBlank(family.apiVersion).isEmpty()) {
            builder.setHeader(family.apiVersion, apiVersion);
        }
        builder.headerIfAbsent("Content-Type", "application/json");
        for (ShopifyHeaderFamily each : ShopifyHeaderFamily.values()) {
            builder.removeHeader(each.hmac);
        }
        return builder.setHeader(family.hmac, signature(unsigned.body())).build();
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The key id only. */
    @Override
    public String toString() {
        return "ShopifySigner[" + secret.id() + "]";
    }
}
