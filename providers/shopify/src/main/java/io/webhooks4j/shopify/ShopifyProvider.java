package io.webhooks4j.shopify;

import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.internal.ShopifyEventParser;
import io.webhooks4j.shopify.internal.ShopifySecrets;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.ProviderBuilder;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Shopify webhooks: verifies with {@link ShopifyWebhookVerifier}, parses into {@link ShopifyEvent} with the
 * payload type {@link ShopifyEvents} gives the topic, de-duplicates on the signed content: the verifying key, the
 * topic and the exact body ({@link #deduplicationKey}), never on the unsigned {@code X-Shopify-Webhook-Id}; signs
 * test deliveries ({@link ShopifySigner}).
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(ShopifyProvider.builder()
 *         .secrets(System.getenv("SHOPIFY_CLIENT_SECRET"))
 *         .publicApp(true)          // build() fails unless the three compliance topics have handlers
 *         .build())
 *     .on(ShopifyEvents.ORDERS_CREATE, e -> orders.create(e.shopDomain(), e.payload()))
 *     .on(ShopifyEvents.CUSTOMERS_DATA_REQUEST, e -> privacy.export(e.payload()))
 *     .on(ShopifyEvents.CUSTOMERS_REDACT, e -> privacy.erase(e.payload()))
 *     .on(ShopifyEvents.SHOP_REDACT, e -> privacy.eraseShop(e.payload().shopDomain()))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows key ids only.
 */
public final class ShopifyProvider
        extends AbstractWebhookProvider<ShopifyEvent<?>, ShopifyWebhookVerifier, ShopifySigner> {
    /** The provider id: {@code shopify}. */
    public static final String ID = "shopify";
    /** What the secret is called in messages: "The Shopify client secret is missing (null): ...". */
    static final String SECRET_NAME = "Shopify client secret";

    /** The API version {@link #sign(WebhookRequest)} puts on deliveries that name none. */
    public static final String DEFAULT_API_VERSION = "2026-07";

    private final boolean publicApp;

    private ShopifyProvider(
            Keyring keyring,
            long maxBodyBytes,
            ShopifyWebhookVerifier verifier,
            ShopifySigner signer,
            boolean publicApp) {
        super(ID, ShopifyEvent.class, keyring, maxBodyBytes, verifier, signer);
        this.publicApp = publicApp;
    }

    /**
     * A provider verifying with the app's client secret(s), newest first.
     *
     * @throws IllegalArgumentException naming the Shopify client secret when none is given, or one is null (an
     *     unset environment variable) or blank
     */
    public static ShopifyProvider create(String... clientSecrets) {
        return builder().secrets(clientSecrets).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when built with {@code publicApp(true)}: the compliance topics must have handlers. */
    public boolean publicApp() {
        return publicApp;
    }

    @Override
    public ShopifyEvent<?> parse(WebhookRequest request, Verification verification) {
        return ShopifyEventParser.parse(request);
    }

    /**
     * The de-duplication key: {@link DeliveryKeys#ofSignedContent} over the verifying key, the topic and the
     * exact body. Shopify signs the body only; {@code X-Shopify-Webhook-Id} and {@code X-Shopify-Event-Id} are
     * unsigned, so a captured delivery re-sent with a fresh id (or none) must still be recognised. The topic is
     * unsigned too but selects the handlers, and one order legitimately arrives with the same body under several
     * topics ({@code orders/create}, {@code orders/paid}, {@code orders/updated}), so it is part of the key (in
     * its catalogue spelling, so {@code ORDERS_CREATE} and {@code orders/create} are one). Shopify's retries
     * carry the original payload, so they get the same key.
     */
    @Override
    public String deduplicationKey(ShopifyEvent<?> event, WebhookRequest request, Verification verification) {
        return DeliveryKeys.ofSignedContent(verification, request.body(), event.topic());
    }

    /**
     * For a public app, fails unless each mandatory compliance topic has its own handler (a catch-all handler does
     * not count: answering 200 without erasing anything is exactly what the safety net is for).
     */
    @Override
    public void validateHandlers(Set<String> eventTypeNames) {
        if (!publicApp) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (EventType<?> topic : ShopifyEvents.COMPLIANCE) {
            if (!eventTypeNames.contains(topic.name())) {
                missing.add(topic.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Shopify provider is configured as a public app but has no handler for "
                    + "the mandatory compliance topic(s) " + missing + ". Every app distributed through the Shopify"
                    + " App Store must act on customers/data_request, customers/redact and shop/redact: register"
                    + " .on(ShopifyEvents.CUSTOMERS_DATA_REQUEST, ...), .on(ShopifyEvents.CUSTOMERS_REDACT, ...) and"
                    + " .on(ShopifyEvents.SHOP_REDACT, ...) (a catch-all handler does not count), or build the"
                    + " provider with publicApp(false) for a custom app.");
        }
    }

    @Override
    protected String settingsForToString() {
        return ", publicApp=" + publicApp;
    }

    /**
     * Builds a {@link ShopifyProvider}: the shared settings (secrets, clock, body limit; Shopify signs no
     * timestamp, so there is no tolerance) and Shopify's own. The client secrets are required.
     */
    public static final class Builder extends ProviderBuilder<Builder, ShopifyProvider> {
        private boolean publicApp;
        private String apiVersion = DEFAULT_API_VERSION;

        private Builder() {
            super(SECRET_NAME, DEFAULT_MAX_BODY_BYTES);
        }

        /**
         * Whether the app is distributed through the Shopify App Store (default false). When true, building
         * {@link io.webhooks4j.Webhooks} fails unless {@code customers/data_request}, {@code customers/redact} and
         * {@code shop/redact} each have a handler.
         */
        public Builder publicApp(boolean publicApp) {
            this.publicApp = publicApp;
            return this;
        }

        /** The API version the signer puts on deliveries that name none; {@link #DEFAULT_API_VERSION} by default. */
        public Builder apiVersion(String apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
            return this;
        }

        /** A secret shaped like an Admin API access token is logged at WARN (key id and prefix only). */
        @Override
        protected @Nullable String wrongCredentialShape(Secret secret) {
            return ShopifySecrets.accessTokenPrefix(secret)
                    .map(prefix -> "an Admin API access token (" + prefix + "...) rather than the app's client"
                            + " secret (API secret key) that Shopify signs webhooks with (use the one in the app's"
                            + " settings in the Partner or Dev Dashboard)")
                    .orElse(null);
        }

        /** @throws IllegalArgumentException when {@code apiVersion} is blank */
        @Override
        protected ShopifyProvider create() {
            if (apiVersion.isBlank()) {
                throw new IllegalArgumentException("apiVersion must not be blank");
            }
            ShopifySigner signer = new ShopifySigner(keyring().primary(), clock(), apiVersion);
            return new ShopifyProvider(
                    keyring(), maxBodyBytes(), new ShopifyWebhookVerifier(keyring()), signer, publicApp);
        }
    }

    /** Five seconds: the provider counts a slower answer as a failed delivery (PROVIDERS.md). */
    @Override
    public java.time.Duration responseBudget() {
        return java.time.Duration.ofSeconds(5);
    }
}
