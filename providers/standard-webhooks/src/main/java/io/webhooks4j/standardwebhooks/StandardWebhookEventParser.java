package io.webhooks4j.standardwebhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookJson;
import io.webhooks4j.WebhookParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Turns a verified body into a {@link StandardWebhookEvent}: the envelope is read field by field from the tree,
 * {@code data} is bound to the record declared for the provider id and event type ({@link StandardWebhookEvents}),
 * or kept as a tree for types nobody declared.
 */
final class StandardWebhookEventParser {
    /** Bound on epoch seconds, well inside {@link Instant}'s range. */
    private static final long MAX_EPOCH_SECONDS = 100_000_000_000_000L;
    /** Numbers from here on are milliseconds (10^11 seconds is in the year 5138; Clerk sends milliseconds). */
    private static final long MILLISECONDS_FROM = 100_000_000_000L;
    /** Anthropic's envelope says {@code "type": "event"} and carries the event type in {@code data.type}. */
    private static final String ENVELOPE_TYPE = "event";

    private StandardWebhookEventParser() {}

    static StandardWebhookEvent<?> parse(String providerId, String messageId, Instant signedAt, RawBody body) {
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.EMPTY_BODY, "The body is empty; expected a JSON event");
        }
        JsonNode root = WebhookJson.readTree(body);
        if (!root.isObject()) {
            throw malformed("The body is not a JSON object; expected an event with a 'type'");
        }
        String type = type(root);
        JsonNode data = dataNode(root);
        return new StandardWebhookEvent<>(
                providerId,
                messageId,
                type,
                text(root, "id"),
                timestamp(root),
                signedAt,
                payload(providerId, type, data),
                root);
    }

    /** The event type: {@code type}, or {@code data.type} when {@code type} is Anthropic's {@code "event"}. */
    private static String type(JsonNode root) {
        String type = text(root, "type");
        if (ENVELOPE_TYPE.equals(type)) {
            JsonNode data = root.get("data");
            String inner = data == null ? null : text(data, "type");
            if (inner != null && !inner.isBlank()) {
                return inner;
            }
        }
        if (type == null || type.isBlank()) {
            throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'type'");
        }
        return type;
    }

    /** {@code data} when present (and not null), else the whole body ("squashed" data). */
    static JsonNode dataNode(JsonNode root) {
        JsonNode data = root.get("data");
        return data == null || data.isNull() ? root : data;
    }

    private static Object payload(String providerId, String type, JsonNode data) {
        Class<?> payloadType =
                StandardWebhookEvents.payloadType(providerId, type).orElse(JsonNode.class);
        if (payloadType == JsonNode.class) {
            return data;
        }
        if (!data.isObject()) {
            throw malformed("'data' of event " + truncate(type) + " is not a JSON object");
        }
        try {
            return WebhookJson.convert(data, payloadType);
        } catch (WebhookParseException e) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY,
                    "'data' of event " + truncate(type) + " cannot be read as a " + payloadType.getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * {@code timestamp} (the specification's, ISO-8601) or {@code created_at} (OpenAI's Unix seconds, Anthropic's
     * RFC 3339); null when neither is a time.
     */
    private static Instant timestamp(JsonNode root) {
        Instant timestamp = instant(root.get("timestamp"));
        return timestamp != null ? timestamp : instant(root.get("created_at"));
    }

    private static Instant instant(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long n = value.asLong();
            // Not Math.abs: Math.abs(Long.MIN_VALUE) is negative.
            if (n > -MILLISECONDS_FROM && n < MILLISECONDS_FROM) {
                return Instant.ofEpochSecond(n);
            }
            long seconds = n / 1000;
            return seconds >= -MAX_EPOCH_SECONDS && seconds <= MAX_EPOCH_SECONDS ? Instant.ofEpochMilli(n) : null;
        }
        if (value.isTextual() && value.asText().length() <= 64) {
            try {
                Instant parsed = OffsetDateTime.parse(value.asText()).toInstant();
                return Math.abs(parsed.getEpochSecond()) <= MAX_EPOCH_SECONDS ? parsed : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }
}
