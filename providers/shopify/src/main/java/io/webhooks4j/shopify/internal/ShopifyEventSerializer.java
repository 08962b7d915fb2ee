package io.webhooks4j.shopify.internal;

import io.webhooks4j.shopify.ShopifyEvent;
import io.webhooks4j.spi.WebhookJson;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one JSON rendering of a {@link ShopifyEvent} (the CLI's {@code parse}, {@code WebhookJson.write}): the
 * delivery's headers under fixed names, then {@code payload}, the body exactly as sent (money stays the string
 * {@code "388.00"} Shopify sent, a number {@code 388.00} stays {@code 388.00}; fields the records do not model are
 * there too), copied token by token from the retained bytes without building a tree. Not API.
 */
@SuppressWarnings("rawtypes")
public final class ShopifyEventSerializer extends StdSerializer<ShopifyEvent> {
    public ShopifyEventSerializer() {
        super(ShopifyEvent.class);
    }

    @Override
    public void serialize(ShopifyEvent event, JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject();
        gen.writeStringProperty("provider", event.provider());
        gen.writeStringProperty("topic", event.topic());
        gen.writeStringProperty("shop_domain", event.shopDomain());
        gen.writeStringProperty("api_version", event.apiVersion());
        gen.writeStringProperty("webhook_id", event.webhookId());
        gen.writeStringProperty("event_id", event.eventId());
        Instant triggeredAt = event.triggeredAt();
        gen.writeStringProperty("triggered_at", triggeredAt == null ? null : triggeredAt.toString());
        gen.writeStringProperty("sub_topic", event.subTopic());
        gen.writeStringProperty("name", event.name());
        gen.writeName("payload");
        try (JsonParser body = WebhookJson.parser(event.json())) {
            body.nextToken();
            gen.copyCurrentStructureExact(body);
        }
        gen.writeEndObject();
    }
}
