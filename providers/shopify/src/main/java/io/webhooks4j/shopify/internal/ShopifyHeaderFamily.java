package io.webhooks4j.shopify.internal;

import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.ShopifyHeaders;
import io.webhooks4j.spi.WebhookParseException;
import org.jspecify.annotations.Nullable;

/**
 * The two spellings of Shopify's delivery headers: classic webhooks send {@code X-Shopify-*}, the newer event
 * deliveries send the same names without the {@code X-} prefix ({@code shopify-topic}, ...). The names are
 * {@link ShopifyHeaders}'. Not API.
 */
public enum ShopifyHeaderFamily {
    WEBHOOKS(
            ShopifyHeaders.HMAC,
            ShopifyHeaders.TOPIC,
            ShopifyHeaders.SHOP_DOMAIN,
            ShopifyHeaders.API_VERSION,
            ShopifyHeaders.WEBHOOK_ID,
            ShopifyHeaders.EVENT_ID,
            ShopifyHeaders.TRIGGERED_AT,
            ShopifyHeaders.SUB_TOPIC,
            ShopifyHeaders.NAME),
    EVENTS(
            ShopifyHeaders.EVENT_HMAC,
            ShopifyHeaders.EVENT_TOPIC,
            ShopifyHeaders.EVENT_SHOP_DOMAIN,
            ShopifyHeaders.EVENT_API_VERSION,
            ShopifyHeaders.EVENT_WEBHOOK_ID,
            ShopifyHeaders.EVENT_EVENT_ID,
            ShopifyHeaders.EVENT_TRIGGERED_AT,
            ShopifyHeaders.EVENT_SUB_TOPIC,
            ShopifyHeaders.EVENT_NAME);

    public final String hmac;
    public final String topic;
    public final String shopDomain;
    public final String apiVersion;
    public final String webhookId;
    public final String eventId;
    public final String triggeredAt;
    public final String subTopic;
    public final String name;

    ShopifyHeaderFamily(
            String hmac,
            String topic,
            String shopDomain,
            String apiVersion,
            String webhookId,
            String eventId,
            String triggeredAt,
            String subTopic,
            String name) {
        this.hmac = hmac;
        this.topic = topic;
        this.shopDomain = shopDomain;
        this.apiVersion = apiVersion;
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.triggeredAt = triggeredAt;
        this.subTopic = subTopic;
        this.name = name;
    }

    /**
     * The family a request uses: the one whose HMAC header is present ({@code X-Shopify-*} first, as Shopify's own
     * library does), else the one whose topic header is present, else {@link #WEBHOOKS}.
     */
    public static ShopifyHeaderFamily of(WebhookRequest request) {
        if (request.headers().contains(WEBHOOKS.hmac)) {
            return WEBHOOKS;
        }
        if (request.headers().contains(EVENTS.hmac)) {
            return EVENTS;
        }
        if (!request.headers().contains(WEBHOOKS.topic) && request.headers().contains(EVENTS.topic)) {
            return EVENTS;
        }
        return WEBHOOKS;
    }

    /** The first value of {@code header}, stripped; null when absent or blank (the parse path's form). */
    public static @Nullable String text(WebhookRequest request, String header) {
        return request.headers().firstNonBlank(header).orElse(null);
    }

    /**
     * Checks that an authentic delivery carries the headers Shopify always sends: the topic
     * ({@link Reason#MISSING_EVENT_TYPE}), the shop domain, the API version and the delivery's id
     * ({@link Reason#MISSING_REQUIRED_HEADER}). Event deliveries may identify themselves by event id alone.
     */
    public void requireDeliveryHeaders(WebhookRequest request) {
        require(request, topic, Reason.MISSING_EVENT_TYPE, "it names the topic, so the delivery cannot be routed");
        require(request, shopDomain, Reason.MISSING_REQUIRED_HEADER, "it says which shop the delivery is about");
        require(request, apiVersion, Reason.MISSING_REQUIRED_HEADER, "it says which API version shaped the payload");
        if (this == WEBHOOKS) {
            require(request, webhookId, Reason.MISSING_REQUIRED_HEADER, "it identifies the delivery");
        } else if (text(request, webhookId) == null && text(request, eventId) == null) {
            throw new WebhookParseException(
                    Reason.MISSING_REQUIRED_HEADER,
                    "Missing headers '" + webhookId + "' and '" + eventId
                            + "': Shopify sends one with every event delivery; it identifies the delivery");
        }
    }

    private static void require(WebhookRequest request, String header, Reason reason, String why) {
        if (text(request, header) == null) {
            throw new WebhookParseException(
                    reason,
                    "Missing header '" + header + "' on an authentic Shopify delivery: Shopify always sends it; "
                            + why);
        }
    }
}
