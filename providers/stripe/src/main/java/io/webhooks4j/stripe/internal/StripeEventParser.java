package io.webhooks4j.stripe.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.stripe.StripeEvent;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeThinEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a verified body into a {@link StripeEvent}: the envelope is read field by field from the tree (so an
 * older or newer API version never breaks it), {@code data.object} is bound to the record the catalogue names
 * for the event type, or kept as a tree for types without one and types the catalogue does not know. Not API.
 */
public final class StripeEventParser {
    /** Bound on epoch seconds, well inside {@link Instant}'s range. */
    private static final long MAX_EPOCH_SECONDS = 100_000_000_000_000L;

    private StripeEventParser() {}

    /**
     * The event in a verified body.
     *
     * @throws WebhookParseException when the body is empty, not a Stripe event, or its object does not fit
     */
    public static StripeEvent<?> parse(RawBody body) {
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.EMPTY_BODY, "The body is empty; Stripe always sends an event");
        }
        JsonNode root = WebhookJson.readTree(body);
        if (!root.isObject()) {
            throw malformed("The body is not a JSON object; expected a Stripe event");
        }
        String object = text(root, "object");
        if (StripeThinEvent.OBJECT.equals(object)) {
            return thin(root);
        }
        if (object != null && !object.equals("event")) {
            throw malformed("The body is a Stripe '" + truncate(object) + "', not an event");
        }
        String id = requireId(root);
        String type = requireType(root);
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw malformed("Event " + id + " has no 'data' object");
        }
        JsonNode dataObject = data.get("object");
        if (dataObject == null || dataObject.isNull()) {
            throw malformed("Event " + id + " has no 'data.object'");
        }
        JsonNode previous = data.get("previous_attributes");
        return new StripeEvent<>(
                id,
                type,
                created(root.get("created")),
                text(root, "api_version"),
                bool(root, "livemode"),
                text(root, "account"),
                request(root.get("request")),
                new StripeEvent.Data<>(
                        payload(id, type, dataObject), previous == null || previous.isNull() ? null : previous),
                number(root, "pending_webhooks"),
                root);
    }

    private static Object payload(String id, String type, JsonNode dataObject) {
        Class<?> payloadType = StripeEvents.find(type)
                .filter(known -> !known.isAny())
                .<Class<?>>map(EventType::payloadType)
                .orElse(JsonNode.class);
        if (payloadType == JsonNode.class || payloadType == StripeThinEvent.class) {
            return dataObject;
        }
        if (!dataObject.isObject()) {
            throw malformed("'data.object' of event " + id + " (" + type + ") is not a JSON object");
        }
        try {
            return WebhookJson.convert(dataObject, payloadType);
        } catch (WebhookParseException e) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY,
                    "'data.object' of event " + id + " (" + type + ") cannot be read as a "
                            + payloadType.getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }

    private static StripeEvent<StripeThinEvent> thin(JsonNode root) {
        String id = requireId(root);
        String type = requireType(root);
        Instant created = created(root.get("created")); // bounded as for snapshot events
        StripeThinEvent thin = WebhookJson.convert(root, StripeThinEvent.class);
        return new StripeEvent<>(
                id,
                type,
                created,
                null,
                Boolean.TRUE.equals(thin.livemode()),
                thin.context(),
                thin.reason() == null || thin.reason().request() == null
                        ? StripeEvent.Request.NONE
                        : thin.reason().request(),
                new StripeEvent.Data<>(thin, null),
                null,
                root);
    }

    private static String requireId(JsonNode root) {
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw malformed("The body has no event 'id'; expected a Stripe event");
        }
        return id;
    }

    private static String requireType(JsonNode root) {
        String type = text(root, "type");
        if (type == null || type.isBlank()) {
            throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The Stripe event has no 'type'");
        }
        return type;
    }

    private static @Nullable Instant created(@Nullable JsonNode created) {
        if (created == null || created.isNull()) {
            return null;
        }
        if (created.isIntegralNumber() && created.canConvertToLong()) {
            long seconds = created.asLong();
            // Not Math.abs: Math.abs(Long.MIN_VALUE) is negative and would pass (issue #15.8).
            if (seconds >= -MAX_EPOCH_SECONDS && seconds <= MAX_EPOCH_SECONDS) {
                return Instant.ofEpochSecond(seconds);
            }
        } else if (created.isTextual()) {
            Instant parsed;
            try {
                parsed = Instant.parse(created.asText());
            } catch (DateTimeParseException e) {
                throw malformed("The event's 'created' is not a time: " + truncate(created.asText()));
            }
            if (Math.abs(parsed.getEpochSecond()) <= MAX_EPOCH_SECONDS) { // |Instant| is far below Long.MAX_VALUE
                return parsed;
            }
            throw malformed("The event's 'created' is out of range: " + truncate(created.asText()));
        }
        throw malformed("The event's 'created' is not a time in seconds");
    }

    private static StripeEvent.Request request(@Nullable JsonNode request) {
        if (request == null) {
            return StripeEvent.Request.NONE;
        }
        if (request.isTextual()) { // API versions before 2017-05-25 sent the request id alone
            return new StripeEvent.Request(request.asText(), null);
        }
        if (request.isObject()) {
            return new StripeEvent.Request(text(request, "id"), text(request, "idempotency_key"));
        }
        return StripeEvent.Request.NONE;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    private static @Nullable Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isIntegralNumber() && value.canConvertToLong() ? value.asLong() : null;
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }
}
