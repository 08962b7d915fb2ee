package io.webhooks4j.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.EventType;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.ShopifyEvent;
import io.webhooks4j.shopify.ShopifyEvents;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a verified delivery into a {@link ShopifyEvent}: the delivery headers of its family, and the body bound to
 * the record the catalogue names for the topic, or kept as a tree for topics without one and topics the catalogue
 * does not know. Not API.
 */
public final class ShopifyEventParser {
    private ShopifyEventParser() {}

    /**
     * The event in a verified delivery.
     *
     * @throws WebhookParseException when a header Shopify always sends is missing, or the body is empty, not a JSON
     *     object, or does not fit the topic's record
     */
    public static ShopifyEvent<?> parse(WebhookRequest request) {
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
        EventType<?> type =
                ShopifyEvents.find(topic).filter(known -> !known.isAny()).orElse(null);
        Object payload = type == null || type.payloadType() == JsonNode.class
                ? raw
                : WebhookJson.convert(raw, type.payloadType());
        return new ShopifyEvent<>(
                type == null ? topic : type.name(),
                ShopifyHeaderFamily.value(request, family.shopDomain).orElse(null),
                ShopifyHeaderFamily.value(request, family.apiVersion).orElse(null),
                ShopifyHeaderFamily.value(request, family.webhookId).orElse(null),
                ShopifyHeaderFamily.value(request, family.eventId).orElse(null),
                ShopifyHeaderFamily.value(request, family.triggeredAt)
                        .map(ShopifyEventParser::instant)
                        .orElse(null),
                ShopifyHeaderFamily.value(request, family.subTopic).orElse(null),
                ShopifyHeaderFamily.value(request, family.name).orElse(null),
                payload,
                raw);
    }

    private static @Nullable Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null; // informational only: an unreadable time does not make an authentic delivery unusable
        }
    }
}
