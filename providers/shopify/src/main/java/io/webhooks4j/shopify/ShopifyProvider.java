package io.webhooks4j.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Shopify as a {@link WebhookProvider}: verifies with {@link ShopifyWebhookVerifier}, parses into
 * {@link ShopifyWebhook} with the payload type {@link ShopifyTopics} gives the topic, de-duplicates on the signed
 * content: the verifying key, the topic and the exact body ({@link #deduplicationKey}), never on the unsigned
 * {@code X-Shopify-Webhook-Id}.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(ShopifyProvider.builder()
 *         .secrets(System.getenv("SHOPIFY_CLIENT_SECRET"))
 *         .publicApp(true)          // build() fails unless the three compliance topics have handlers
 *         .build())
 *     .on(ShopifyTopics.ORDERS_CREATE, w -> orders.create(w.shopDomain(), w.payload()))
 *     .on(ShopifyTopics.CUSTOMERS_DATA_REQUEST, w -> privacy.export(w.payload()))
 *     .on(ShopifyTopics.CUSTOMERS_REDACT, w -> privacy.erase(w.payload()))
 *     .on(ShopifyTopics.SHOP_REDACT, w -> privacy.eraseShop(w.payload().shopDomain()))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows key ids only.
 */
public final class ShopifyProvider implements WebhookProvider<ShopifyWebhook<?>> {
    /** The provider id: {@code shopify}. */
    public static final String ID = "shopify";

    /** The API version {@link #sign(WebhookRequest)} puts on deliveries that name none. */
    public static final String DEFAULT_API_VERSION = "2026-07";

    private final ShopifyWebhookVerifier verifier;
    private final ShopifySigner signer;
    private final Clock clock;
    private final boolean publicApp;
    private final long maxBodyBytes;
    private final String apiVersion;

    private ShopifyProvider(Builder b) {
        this.verifier = ShopifyWebhookVerifier.of(b.keyring);
        this.signer = ShopifySigner.of(b.keyring.primary());
        this.clock = b.clock;
        this.publicApp = b.publicApp;
        this.maxBodyBytes = b.maxBodyBytes;
        this.apiVersion = b.apiVersion;
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** True when built with {@code publicApp(true)}: the compliance topics must have handlers. */
    public boolean publicApp() {
        return publicApp;
    }

    public Keyring keyring() {
        return verifier.keyring();
    }

    public ShopifyWebhookVerifier verifier() {
        return verifier;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        return verifier.verify(request);
    }

    /**
     * The ids of the keyring's secrets, newest first.
     */
    @Override
    public List<String> keyIds() {
        return verifier.keyring().ids();
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
    public String deduplicationKey(ShopifyWebhook<?> event, WebhookRequest request, Verification verification) {
        return DeliveryKeys.ofSignedContent(verification, request.body(), event.topic());
    }

    @Override
    public ShopifyWebhook<?> parse(WebhookRequest request, Verification verification) {
        ShopifyHeaderFamily family = ShopifyHeaderFamily.of(request);
        family.requireDeliveryHeaders(request);
        String topic = ShopifyHeaderFamily.value(request, family.topic).orElseThrow();
        if (request.body().isEmpty()) {
            throw new WebhookParseException(
                    Reason.EMPTY_BODY, "The body of Shopify topic '" + topic + "' is empty; expected a JSON object");
        }
        JsonNode raw = WebhookJson.readTree(request.body());
        if (!raw.isObject()) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY,
                    "The body of Shopify topic '" + topic + "' is JSON " + raw.getNodeType() + ", not an object");
        }
        EventType<?> type = ShopifyTopics.byName(topic).orElse(null);
        Object payload = type == null || type.payloadType() == JsonNode.class
                ? raw
                : WebhookJson.convert(raw, type.payloadType());
        return new ShopifyWebhook<>(
                type == null ? topic : type.name(),
                ShopifyHeaderFamily.value(request, family.shopDomain).orElse(null),
                ShopifyHeaderFamily.value(request, family.apiVersion).orElse(null),
                ShopifyHeaderFamily.value(request, family.webhookId).orElse(null),
                ShopifyHeaderFamily.value(request, family.eventId).orElse(null),
                ShopifyHeaderFamily.value(request, family.triggeredAt)
                        .map(ShopifyProvider::instant)
                        .orElse(null),
                ShopifyHeaderFamily.value(request, family.subTopic).orElse(null),
                ShopifyHeaderFamily.value(request, family.name).orElse(null),
                payload,
                raw);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null; // informational only: an unreadable time does not make an authentic delivery unusable
        }
    }

    /**
     * Signs {@code unsigned} with the primary key the way Shopify would, and adds the delivery headers Shopify
     * always sends when they are missing: webhook id and event id (derived from the body and the clock, so the same
     * input gives the same ids), triggered-at (the clock), API version ({@link Builder#apiVersion}) and
     * {@code Content-Type: application/json}. The topic and shop domain cannot be guessed: set them yourself.
     */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        ShopifyHeaderFamily family = ShopifyHeaderFamily.of(unsigned);
        Instant now = clock.instant();
        String seed = now + ":" + HexFormat.of().formatHex(unsigned.body().sha256());
        WebhookRequest.Builder builder = unsigned.toBuilder();
        if (ShopifyHeaderFamily.value(unsigned, family.webhookId).isEmpty()
                && (family == ShopifyHeaderFamily.WEBHOOKS
                        || ShopifyHeaderFamily.value(unsigned, family.eventId).isEmpty())) {
            builder.setHeader(family.webhookId, uuid("webhook:" + seed));
        }
        if (ShopifyHeaderFamily.value(unsigned, family.eventId).isEmpty()) {
            builder.setHeader(family.eventId, uuid("event:" + seed));
        }
        if (ShopifyHeaderFamily.value(unsigned, family.triggeredAt).isEmpty()) {
            builder.setHeader(family.triggeredAt, now.toString());
        }
        if (ShopifyHeaderFamily.value(unsigned, family.apiVersion).isEmpty()) {
            builder.setHeader(family.apiVersion, apiVersion);
        }
        if (unsigned.header("Content-Type").isEmpty()) {
            builder.setHeader("Content-Type", "application/json");
        }
        return signer.sign(builder.build());
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
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
        for (EventType<?> topic : ShopifyTopics.COMPLIANCE) {
            if (!eventTypeNames.contains(topic.name())) {
                missing.add(topic.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Shopify provider is configured as a public app but has no handler for "
                    + "the mandatory compliance topic(s) " + missing + ". Every app distributed through the Shopify"
                    + " App Store must act on customers/data_request, customers/redact and shop/redact: register"
                    + " .on(ShopifyTopics.CUSTOMERS_DATA_REQUEST, ...), .on(ShopifyTopics.CUSTOMERS_REDACT, ...) and"
                    + " .on(ShopifyTopics.SHOP_REDACT, ...) (a catch-all handler does not count), or build the"
                    + " provider with publicApp(false) for a custom app.");
        }
    }

    @Override
    public Class<?> eventClass() {
        return ShopifyWebhook.class;
    }

    /** Key ids and settings; never a secret. */
    @Override
    public String toString() {
        return "ShopifyProvider[" + verifier.keyring() + ", publicApp=" + publicApp + ", maxBodyBytes=" + maxBodyBytes
                + "]";
    }

    /** Builds a {@link ShopifyProvider}; validates in {@link #build()}. */
    public static final class Builder {
        private Keyring keyring;
        private Clock clock = Clock.systemUTC();
        private boolean publicApp;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private String apiVersion = DEFAULT_API_VERSION;

        private Builder() {}

        /**
         * The app's client secret(s) (API secret key), used verbatim, newest first: during a rotation Shopify
         * keeps signing with the old one for up to an hour, so keep both. Ids {@code key-1}, {@code key-2}, ...
         * A secret shaped like an Admin API access token ({@code shpat_...}) logs a WARN naming its id when built.
         *
         * @throws IllegalArgumentException naming the Shopify client secret when none is given, or one is null or
         *     blank
         */
        public Builder secrets(String... clientSecrets) {
            this.keyring = ShopifySecrets.keyring(clientSecrets);
            return this;
        }

        /** As {@link #secrets(String...)}. */
        public Builder secrets(List<String> clientSecrets) {
            this.keyring = ShopifySecrets.keyring(clientSecrets);
            return this;
        }

        /** The secrets with ids of your choice (replaces {@link #secrets}). */
        public Builder keyring(Keyring keyring) {
            this.keyring = Objects.requireNonNull(keyring, "keyring");
            return this;
        }

        /** The clock the signer uses for {@code X-Shopify-Triggered-At}; UTC system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
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

        /** The largest body accepted, in bytes (413 beyond); 1 MiB by default. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** The API version {@link ShopifyProvider#sign} puts on deliveries that name none. */
        public Builder apiVersion(String apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
            return this;
        }

        /**
         * @throws IllegalStateException when no secret is configured
         * @throws IllegalArgumentException when {@code maxBodyBytes} is not positive or {@code apiVersion} is blank
         */
        public ShopifyProvider build() {
            if (keyring == null) {
                throw new IllegalStateException(
                        "secrets: no Shopify client secret configured; call secrets(...) or keyring(...) with the"
                                + " app's client secret (API secret key)");
            }
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            if (apiVersion.isBlank()) {
                throw new IllegalArgumentException("apiVersion must not be blank");
            }
            return new ShopifyProvider(this);
        }
    }
}
