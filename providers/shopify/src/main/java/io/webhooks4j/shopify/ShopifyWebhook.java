package io.webhooks4j.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.shopify.internal.ShopifyWebhookSerializer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One verified Shopify delivery: the headers that matter and the typed payload. Handlers registered for a
 * {@link ShopifyTopics} constant receive it with the payload already typed:
 *
 * <pre>{@code
 * .on(ShopifyTopics.ORDERS_CREATE, webhook -> fulfil(webhook.shopDomain(), webhook.payload().lineItems()))
 * }</pre>
 *
 * <p>Headers are read from either family ({@code X-Shopify-Topic} or {@code shopify-topic}, ...).
 *
 * <p>As JSON ({@code WebhookJson.write(webhook)}, the CLI's {@code parse}) it renders as {@code provider},
 * {@code topic}, {@code shop_domain}, {@code api_version}, {@code webhook_id}, {@code event_id},
 * {@code triggered_at} (ISO-8601), {@code sub_topic}, {@code name} and {@code payload}: the body exactly as sent,
 * so money stays the decimal string Shopify sent ({@code "388.00"}) and unmodelled fields are kept.
 *
 * @param topic the topic, such as {@code orders/create} (a GraphQL-style name such as {@code ORDERS_CREATE} sent
 *     by event deliveries is normalised to it when the topic is in the catalogue)
 * @param shopDomain the shop's {@code *.myshopify.com} domain
 * @param apiVersion the API version that shaped the payload, such as {@code 2026-07}
 * @param webhookId {@code X-Shopify-Webhook-Id}: one delivery, the same on every retry. Unsigned, so it is shown
 *     but not trusted: de-duplication uses the signed body and the topic ({@link ShopifyProvider#deduplicationKey})
 * @param eventId {@code X-Shopify-Event-Id}: groups the deliveries caused by one merchant action; may be null
 * @param triggeredAt {@code X-Shopify-Triggered-At}; null when absent or unreadable
 * @param subTopic {@code X-Shopify-Sub-Topic} (metaobject type, ...) when sent
 * @param name {@code X-Shopify-Name}, the subscription's name, when sent
 * @param payload the body as the topic's payload type ({@link JsonNode} for topics not modelled or not in the
 *     catalogue)
 * @param raw the whole body as JSON: the escape hatch for fields the records do not model
 * @param <T> the payload type
 */
@JsonSerialize(using = ShopifyWebhookSerializer.class)
public record ShopifyWebhook<T>(
        String topic,
        String shopDomain,
        String apiVersion,
        String webhookId,
        String eventId,
        Instant triggeredAt,
        String subTopic,
        String name,
        T payload,
        JsonNode raw)
        implements WebhookEvent {

    public ShopifyWebhook {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(raw, "raw");
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
    public String deliveryId() {
        return webhookId != null ? webhookId : eventId;
    }

    public Optional<Instant> triggeredAtTime() {
        return Optional.ofNullable(triggeredAt);
    }

    /**
     * The body bound to {@code type}: for topics the catalogue does not model, or to read the payload as your own
     * record.
     *
     * @throws WebhookParseException when the body does not fit {@code type}
     */
    public <R> R payloadAs(Class<R> type) {
        return WebhookJson.convert(raw, type);
    }

    /** Topic, shop and ids; never the payload (it holds personal data). */
    @Override
    public String toString() {
        return "ShopifyWebhook[" + topic + " from " + shopDomain + ", webhook " + webhookId + ", event " + eventId
                + ", API " + apiVersion + "]";
    }
}
