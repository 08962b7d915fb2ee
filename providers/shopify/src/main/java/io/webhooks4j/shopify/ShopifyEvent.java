package io.webhooks4j.shopify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.shopify.internal.ShopifyEventSerializer;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One verified Shopify delivery, the one envelope type of the Shopify provider: the headers that matter and the
 * typed payload. Handlers registered for a {@link ShopifyEvents} constant receive it with the payload already
 * typed:
 *
 * <pre>{@code
 * .on(ShopifyEvents.ORDERS_CREATE, event -> fulfil(event.shopDomain(), event.payload().lineItems()))
 * }</pre>
 *
 * <p>The event keeps the body's bytes ({@link #json()}), not a tree: the payload was bound straight from them, and
 * {@link #raw()} and {@link #payloadAs(Class)} read them again when asked.
 *
 * <p>Headers are read from either family ({@code X-Shopify-Topic} or {@code shopify-topic}, ...).
 *
 * <p>As JSON ({@code WebhookJson.write(event)}, the CLI's {@code parse}) it renders as {@code provider},
 * {@code topic}, {@code shop_domain}, {@code api_version}, {@code webhook_id}, {@code event_id},
 * {@code triggered_at} (ISO-8601), {@code sub_topic}, {@code name} and {@code payload}: the body exactly as sent,
 * so money stays the decimal string Shopify sent ({@code "388.00"}) and unmodelled fields are kept.
 *
 * @param topic the topic, such as {@code orders/create} (a GraphQL-style name such as {@code ORDERS_CREATE} sent
 *     by event deliveries is normalised to it when the topic is in the catalogue)
 * @param shopDomain the shop's {@code *.myshopify.com} domain (always present on a verified delivery)
 * @param apiVersion the API version that shaped the payload, such as {@code 2026-07} (always present on a verified
 *     delivery)
 * @param webhookId {@code X-Shopify-Webhook-Id}: one delivery, the same on every retry; null on event deliveries
 *     that carry only an event id. Unsigned, so it is shown but not trusted: de-duplication uses the signed body
 *     and the topic ({@link ShopifyProvider#deduplicationKey})
 * @param eventId {@code X-Shopify-Event-Id}: groups the deliveries caused by one merchant action; may be null
 * @param triggeredAt {@code X-Shopify-Triggered-At}; null when absent or unreadable
 * @param subTopic {@code X-Shopify-Sub-Topic} (metaobject type, ...) when sent
 * @param name {@code X-Shopify-Name}, the subscription's name, when sent
 * @param payload the body as the topic's payload type ({@link JsonNode} for topics not modelled or not in the
 *     catalogue)
 * @param json the JSON document as delivered, the bytes the signature covered
 * @param <T> the payload type
 */
@JsonSerialize(using = ShopifyEventSerializer.class)
public record ShopifyEvent<T>(
        String topic,
        @Nullable String shopDomain,
        @Nullable String apiVersion,
        @Nullable String webhookId,
        @Nullable String eventId,
        @Nullable Instant triggeredAt,
        @Nullable String subTopic,
        @Nullable String name,
        T payload,
        @JsonIgnore RawBody json)
        implements WebhookEvent {

    public ShopifyEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(json, "json");
    }

    @Override
    public String provider() {
        return ShopifyProvider.ID;
    }

    /** The topic. */
    @Override
    public String type() {
        return topic;
    }

    /**
     * The webhook id (the event id for event deliveries that carry no webhook id), as sent: unsigned, for logs
     * and observers, not the de-duplication key.
     */
    @Override
    public @Nullable String deliveryId() {
        return webhookId != null ? webhookId : eventId;
    }

    /**
     * The whole body as a JSON tree: the escape hatch for fields the records do not model. It parses the retained
     * bytes ({@link #json()}) each time you call it; keep the result.
     *
     * @throws WebhookParseException when the bytes hold a number a tree refuses (a decimal exponent beyond +/-{@value
     *     WebhookJson#MAX_DECIMAL_SCALE}) in a field the records do not read; the provider read the body whole once,
     *     so nothing else in it can fail here
     */
    public JsonNode raw() {
        return WebhookJson.readTree(json);
    }

    /**
     * The body bound to {@code type}, straight from the retained bytes in one pass (no tree): for topics the
     * catalogue does not model, or to read the payload as your own record.
     *
     * @throws WebhookParseException when the body does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        return WebhookJson.read(json, type);
    }

    /** Topic, shop and ids; never the payload (it holds personal data). */
    @Override
    public String toString() {
        return "ShopifyEvent[" + topic + " from " + shopDomain + ", webhook " + webhookId + ", event " + eventId
                + ", API " + apiVersion + "]";
    }
}
