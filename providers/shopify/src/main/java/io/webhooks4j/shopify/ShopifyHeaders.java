package io.webhooks4j.shopify;

/**
 * The header names Shopify sends. Classic webhooks send the {@code X-Shopify-*} names; the newer event deliveries
 * send the same names without the {@code X-} prefix, in lower case ({@code EVENT_*}). None but the HMAC is signed,
 * and the HMAC covers the body only.
 */
public final class ShopifyHeaders {
    /** The base64 HMAC-SHA256 of the raw body under the app's client secret. */
    public static final String HMAC = "X-Shopify-Hmac-Sha256";
    /** The topic, such as {@code orders/create}. */
    public static final String TOPIC = "X-Shopify-Topic";
    /** The shop's {@code *.myshopify.com} domain. */
    public static final String SHOP_DOMAIN = "X-Shopify-Shop-Domain";
    /** The API version that shaped the payload, such as {@code 2026-07}. */
    public static final String API_VERSION = "X-Shopify-API-Version";
    /** One delivery, the same on every retry. */
    public static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    /** Groups the deliveries caused by one merchant action. */
    public static final String EVENT_ID = "X-Shopify-Event-Id";
    /** When Shopify triggered the delivery (ISO-8601). */
    public static final String TRIGGERED_AT = "X-Shopify-Triggered-At";
    /** The sub-topic (a metaobject type, ...), when sent. */
    public static final String SUB_TOPIC = "X-Shopify-Sub-Topic";
    /** The subscription's name, when sent. */
    public static final String NAME = "X-Shopify-Name";

    /** {@link #HMAC} as event deliveries spell it. */
    public static final String EVENT_HMAC = "shopify-hmac-sha256";
    /** {@link #TOPIC} as event deliveries spell it. */
    public static final String EVENT_TOPIC = "shopify-topic";
    /** {@link #SHOP_DOMAIN} as event deliveries spell it. */
    public static final String EVENT_SHOP_DOMAIN = "shopify-shop-domain";
    /** {@link #API_VERSION} as event deliveries spell it. */
    public static final String EVENT_API_VERSION = "shopify-api-version";
    /** {@link #WEBHOOK_ID} as event deliveries spell it (they may send only {@link #EVENT_EVENT_ID}). */
    public static final String EVENT_WEBHOOK_ID = "shopify-webhook-id";
    /** {@link #EVENT_ID} as event deliveries spell it. */
    public static final String EVENT_EVENT_ID = "shopify-event-id";
    /** {@link #TRIGGERED_AT} as event deliveries spell it. */
    public static final String EVENT_TRIGGERED_AT = "shopify-triggered-at";
    /** {@link #SUB_TOPIC} as event deliveries spell it. */
    public static final String EVENT_SUB_TOPIC = "shopify-sub-topic";
    /** {@link #NAME} as event deliveries spell it. */
    public static final String EVENT_NAME = "shopify-name";

    private ShopifyHeaders() {}
}
