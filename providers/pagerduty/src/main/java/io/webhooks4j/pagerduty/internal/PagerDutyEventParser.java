package io.webhooks4j.pagerduty.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.webhooks4j.EventType;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.PagerDutyEvent;
import io.webhooks4j.pagerduty.PagerDutyEvents;
import io.webhooks4j.pagerduty.PagerDutyHeaders;
import io.webhooks4j.pagerduty.event.Client;
import io.webhooks4j.pagerduty.event.Reference;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.time.DateTimeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Turns a verified request into a {@link PagerDutyEvent}: the {@code {"event": {...}}} body, {@code event.data} typed
 * by the event type's {@link PagerDutyEvents} constant ({@link JsonNode} for a type this version does not know).
 */
public final class PagerDutyEventParser {
    private PagerDutyEventParser() {}

    /**
     * The event of a verified request.
     *
     * @throws WebhookParseException when the body is not an {@code event} object, has no {@code event_type}, or its
     *     {@code data} does not fit the documented payload (a 400)
     */
    public static PagerDutyEvent<?> parse(WebhookRequest request) {
        JsonNode root = WebhookJson.readTree(request.body());
        if (!root.isObject()) {
            throw malformed("The body is not a JSON object; expected {\"event\": {...}}");
        }
        JsonNode event = root.get("event");
        if (event == null || !event.isObject()) {
            throw malformed("The body has no 'event' object; expected {\"event\": {...}}");
        }
        JsonNode eventType = event.get("event_type");
        if (eventType == null || !eventType.isTextual() || eventType.asText().isBlank()) {
            throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'event_type'");
        }
        String type = eventType.asText();
        JsonNode dataNode = event.get("data");
        Class<?> payloadType = payloadType(type);
        Object data;
        if (payloadType == JsonNode.class) {
            data = dataNode == null ? NullNode.getInstance() : dataNode.deepCopy();
        } else {
            if (dataNode == null || !dataNode.isObject()) {
                throw malformed("The '" + type + "' event has no 'data' object");
            }
            data = convert(dataNode, payloadType, "event.data");
        }
        return new PagerDutyEvent<>(
                text(event, "id"),
                type,
                text(event, "resource_type"),
                convert(event.get("occurred_at"), Instant.class, "event.occurred_at"),
                convert(event.get("agent"), Reference.class, "event.agent"),
                convert(event.get("client"), Client.class, "event.client"),
                dataNode == null ? null : text(dataNode, "type"),
                header(request, PagerDutyHeaders.WEBHOOK_ID),
                header(request, PagerDutyHeaders.SUBSCRIPTION),
                data,
                root);
    }

    /** The payload class of event type {@code name}: {@link JsonNode} for a type this version does not know. */
    public static Class<?> payloadType(String name) {
        return PagerDutyEvents.find(name)
                .filter(type -> !type.isAny())
                .<Class<?>>map(EventType::payloadType)
                .orElse(JsonNode.class);
    }

    /**
     * {@link WebhookJson#convert} of a sender-controlled value: a time beyond what {@link Instant} holds ({@code
     * "occurred_at": 99999999999999999}) is a 400 like any other value that does not fit, not a 500.
     */
    private static <T> @Nullable T convert(@Nullable JsonNode node, Class<T> type, String field) {
        try {
            return WebhookJson.convert(node, type);
        } catch (DateTimeException | ArithmeticException e) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY, "'" + field + "' holds a value out of range: " + e.getMessage(), e);
        }
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    private static @Nullable String header(WebhookRequest request, String name) {
        return request.header(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }
}
