package io.webhooks4j.shopify.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.webhooks4j.shopify.ShopifyWebhook;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON rendering of a {@link ShopifyWebhook} (the CLI's {@code parse}, {@code WebhookJson.write}): the
 * delivery's headers under fixed names, then {@code payload}, the body exactly as sent (money stays the string
 * {@code "388.00"} Shopify sent; fields the records do not model are there too). Not API.
 */
@SuppressWarnings("rawtypes")
public final class ShopifyWebhookSerializer extends StdSerializer<ShopifyWebhook> {
    private static final long serialVersionUID = 1L;

    public ShopifyWebhookSerializer() {
        super(ShopifyWebhook.class);
    }

    @Override
    public void serialize(ShopifyWebhook webhook, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("provider", webhook.provider());
        gen.writeStringField("topic", webhook.topic());
        gen.writeStringField("shop_domain", webhook.shopDomain());
        gen.writeStringField("api_version", webhook.apiVersion());
        gen.writeStringField("webhook_id", webhook.webhookId());
        gen.writeStringField("event_id", webhook.eventId());
        Instant triggeredAt = webhook.triggeredAt();
        gen.writeStringField("triggered_at", triggeredAt == null ? null : triggeredAt.toString());
        gen.writeStringField("sub_topic", webhook.subTopic());
        gen.writeStringField("name", webhook.name());
        gen.writeFieldName("payload");
        gen.writeTree(webhook.raw());
        gen.writeEndObject();
    }
}
