package io.webhooks4j.shopify.internal;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.ShopifyEvent;
import io.webhooks4j.shopify.ShopifyEvents;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a verified delivery into a {@link ShopifyEvent}: the delivery headers of its family, and the body bound to
 * the record the catalogue names for the topic, or read as a tree for topics without one and topics the catalogue
 * does not know. The topic comes from a header, so the payload type is known before the body is read: the record
 * is bound straight from the bytes in one pass (no tree, no copy), and the event keeps the bytes. Not API.
 */
public final class ShopifyEventParser {
    private ShopifyEventParser() {}

    /**
     * The event in a verified delivery.
     *
     * @throws WebhookParseException when a header Shopify always sends is missing, or the body is empty, not one
     *     JSON object, or does not fit the topic's record
     */
    public static ShopifyEvent<?> parse(WebhookRequest request) {
        ShopifyHeaderFamily family = ShopifyHeaderFamily.of(request);
        family.requireDeliveryHeaders(request);
        String topic = Objects.requireNonNull(ShopifyHeaderFamily.text(request, family.topic));
        RawBody body = request.body();
        if (body.isEmpty()) {
            throw new WebhookParseException(
                    Reason.EMPTY_BODY, "The body of Shopify topic '" + topic + "' is empty; expected a JSON object");
        }
        EventType<?> type =
                ShopifyEvents.find(topic).filter(known -> !known.isAny()).orElse(null);
        Object payload = type == null || type.payloadType() == JsonNode.class
                ? tree(topic, body)
                : record(topic, body, type.payloadType());
        String triggeredAt = ShopifyHeaderFamily.text(request, family.triggeredAt);
        return new ShopifyEvent<>(
                type == null ? topic : type.name(),
                ShopifyHeaderFamily.text(request, family.shopDomain),
                ShopifyHeaderFamily.text(request, family.apiVersion),
                ShopifyHeaderFamily.text(request, family.webhookId),
                ShopifyHeaderFamily.text(request, family.eventId),
                triggeredAt == null ? null : instant(triggeredAt),
                ShopifyHeaderFamily.text(request, family.subTopic),
                ShopifyHeaderFamily.text(request, family.name),
                payload,
                body);
    }

    /** A topic without a record: the body as a tree, which must be an object. */
    private static JsonNode tree(String topic, RawBody body) {
        JsonNode tree = WebhookJson.readTree(body);
        if (!tree.isObject()) {
            throw notAnObject(topic, tree.getNodeType().toString());
        }
        return tree;
    }

    /**
     * The body bound straight to the topic's record. Jackson refuses an array, string, number or boolean for a
     * record, and anything after the document (trailing garbage, a second document); JSON {@code null} is checked
     * here.
     */
    private static Object record(String topic, RawBody body, Class<?> payloadType) {
        Object payload = WebhookJson.read(body, payloadType);
        if (payload == null) {
            throw notAnObject(topic, "NULL");
        }
        return payload;
    }

    private static WebhookParseException notAnObject(String topic, String what) {
        return new WebhookParseException(
                Reason.MALFORMED_BODY, "The body of Shopify topic '" + topic + "' is JSON " + what + ", not an object");
    }

    private static @Nullable Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null; // informational only: an unreadable time does not make an authentic delivery unusable
        }
    }
}
