package io.webhooks4j.shopify.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.webhooks4j.shopify.ShopifyEvent;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON rendering of a {@link ShopifyEvent} (the CLI's {@code parse}, {@code WebhookJson.write}): the
 * delivery's headers under fixed names, then {@code payload}, the body exactly as sent (money stays the string
 * {@code "388.00"} Shopify sent; fields the records do not model are there too). Not API.
 */
@SuppressWarnings("rawtypes")
public final class ShopifyEventSerializer extends StdSerializer<ShopifyEvent> {
    private static final long serialVersionUID = 1L;

    public ShopifyEventSerializer() {
        super(ShopifyEvent.class);
    }

    @Override
    public void serialize(ShopifyEvent event, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("provider", event.provider());
        gen.writeStringField("topic", event.topic());
        gen.writeStringField("shop_domain", event.shopDomain());
        gen.writeStringField("api_version", event.apiVersion());
        gen.writeStringField("webhook_id", event.webhookId());
        gen.writeStringField("event_id", event.eventId());
        Instant triggeredAt = event.triggeredAt();
        gen.writeStringField("triggered_at", triggeredAt == null ? null : triggeredAt.toString());
        gen.writeStringField("sub_topic", event.subTopic());
        gen.writeStringField("name", event.name());
        gen.writeFieldName("payload");
        gen.writeTree(event.raw());
        gen.writeEndObject();
    }
}
