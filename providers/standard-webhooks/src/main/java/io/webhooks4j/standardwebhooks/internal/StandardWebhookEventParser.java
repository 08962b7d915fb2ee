package io.webhooks4j.standardwebhooks.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.standardwebhooks.StandardWebhookEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Turns a verified body into a {@link StandardWebhookEvent} in one pass over its bytes: the envelope ({@code type},
 * {@code id}, {@code timestamp}, {@code created_at}, {@code data}) is read member by member, and {@code data} is
 * bound straight to the record declared for the provider id and event type ({@link DeclaredEventTypes}) when the
 * type came first (as senders write it), or copied into a token buffer and bound at the end when it came first
 * or the type is Anthropic's {@code "event"} (whose event type is inside {@code data}). Data of a type nobody
 * declared is a tree of {@code data} alone. The rest of the body is read to its end ({@link
 * WebhookJson#requireEnd}), never built; decimals anywhere in it are held to the exponents a tree allows ({@link
 * WebhookJson#parser}), so that {@code raw()} and the rendering cannot fail on a body that parsed.
 *
 * <p>Two shapes take another path, with the same result as reading the whole tree first: "squashed" data (no
 * {@code data}, or {@code "data": null}: the whole body is the data, bound in a second pass over the bytes), and a
 * body repeating {@code type} or {@code data} (read as a tree, whose last member wins).
 */
public final class StandardWebhookEventParser {
    /** Bound on epoch seconds, well inside {@link Instant}'s range. */
    private static final long MAX_EPOCH_SECONDS = 100_000_000_000_000L;
    /** Numbers from here on are milliseconds (10^11 seconds is in the year 5138; Clerk sends milliseconds). */
    private static final long MILLISECONDS_FROM = 100_000_000_000L;
    /** Anthropic's envelope says {@code "type": "event"} and carries the event type in {@code data.type}. */
    private static final String ENVELOPE_TYPE = "event";

    private StandardWebhookEventParser() {}

    public static StandardWebhookEvent<?> parse(
            String providerId, String messageId, @Nullable Instant signedAt, RawBody body) {
        if (body.isEmpty()) {
            throw new WebhookParseException(Reason.EMPTY_BODY, "The body is empty; expected a JSON event");
        }
        try (JsonParser p = WebhookJson.parser(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first == null) {
                    throw malformed("The body holds no JSON document");
                }
                skip(p, first); // malformed JSON anywhere says so first, as a tree read would
                WebhookJson.requireEnd(p);
                throw malformed("The body is not a JSON object; expected an event with a 'type'");
            }
            Envelope e = new Envelope();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "type" -> {
                        e.repeated |= e.typeSeen;
                        e.typeSeen = true;
                        e.type = string(p, value);
                    }
                    case "id" -> e.eventId = string(p, value);
                    case "timestamp" -> e.timestamp = instant(p, value);
                    case "created_at" -> e.createdAt = instant(p, value);
                    case "data" -> {
                        e.repeated |= e.dataSeen;
                        e.dataSeen = true;
                        e.data(providerId, p, value);
                    }
                    default -> skip(p, value);
                }
            }
            WebhookJson.requireEnd(p);
            if (e.repeated) {
                return parseTree(providerId, messageId, signedAt, body);
            }
            String type = e.type;
            if (ENVELOPE_TYPE.equals(type)) {
                String inner = e.buffered == null ? null : innerType(e.buffered);
                if (inner != null && !inner.isBlank()) {
                    type = inner;
                }
            }
            if (type == null || type.isBlank()) {
                throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'type'");
            }
            Object data;
            if (e.bound) {
                data = e.boundData;
            } else if (e.buffered != null) {
                data = payload(type, payloadType(providerId, type), e.buffered);
            } else {
                data = squashed(type, payloadType(providerId, type), body);
            }
            return new StandardWebhookEvent<>(
                    providerId,
                    messageId,
                    type,
                    e.eventId,
                    e.timestamp != null ? e.timestamp : e.createdAt,
                    signedAt,
                    data,
                    body);
        } catch (JacksonException | IllegalArgumentException e) {
            throw WebhookJson.parseFailure(e);
        }
    }

    /** What the envelope's members said so far. */
    private static final class Envelope {
        @Nullable
        String type;

        @Nullable
        String eventId;

        @Nullable
        Instant timestamp;

        @Nullable
        Instant createdAt;

        boolean typeSeen;
        boolean dataSeen;
        boolean repeated;
        /** {@code data} bound as it was read (the type came first). */
        boolean bound;

        @Nullable
        Object boundData;
        /** {@code data} kept for the end (it came first, or the type is {@code "event"}). */
        @Nullable
        TokenBuffer buffered;

        /** Reads {@code data} (the parser on its value): bound now when the type is known, else buffered. */
        void data(String providerId, JsonParser p, JsonToken value) {
            if (value == JsonToken.VALUE_NULL) {
                return; // squashed: the whole body is the data
            }
            if (!repeated && type != null && !type.isBlank() && !ENVELOPE_TYPE.equals(type)) {
                Class<?> payloadType = payloadType(providerId, type);
                if (payloadType != JsonNode.class && value != JsonToken.START_OBJECT) {
                    throw notAnObject(type);
                }
                try {
                    boundData = WebhookJson.bind(p, payloadType);
                } catch (WebhookParseException e) {
                    throw unreadable(type, payloadType, e);
                }
                bound = true;
            } else {
                buffered = WebhookJson.buffer(p);
            }
        }
    }

    /** The record declared for {@code type}, or {@code JsonNode} for a type nobody declared. */
    private static Class<?> payloadType(String providerId, String type) {
        return DeclaredEventTypes.payloadType(providerId, type).orElse(JsonNode.class);
    }

    /** Binds buffered {@code data} to {@code payloadType}. */
    private static Object payload(String type, Class<?> payloadType, TokenBuffer data) {
        if (payloadType != JsonNode.class && data.firstToken() != JsonToken.START_OBJECT) {
            throw notAnObject(type);
        }
        try {
            Object bound = WebhookJson.bind(data, WebhookJson.typeFactory().constructType(payloadType));
            if (bound == null) {
                throw notAnObject(type);
            }
            return bound;
        } catch (WebhookParseException e) {
            throw unreadable(type, payloadType, e);
        }
    }

    /** No {@code data} (or {@code null}): the whole body, an object, is the data; bound in a second pass. */
    private static Object squashed(String type, Class<?> payloadType, RawBody body) {
        if (payloadType == JsonNode.class) {
            return WebhookJson.readTree(body);
        }
        try {
            Object bound = WebhookJson.read(body, payloadType);
            if (bound == null) {
                throw notAnObject(type);
            }
            return bound;
        } catch (WebhookParseException e) {
            throw unreadable(type, payloadType, e);
        }
    }

    /** Anthropic's event type: the string {@code type} at the top of buffered {@code data} (the last one), else null. */
    private static @Nullable String innerType(TokenBuffer data) {
        try (JsonParser p = data.asParser()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String inner = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                if (name.equals("type")) {
                    inner = value == JsonToken.VALUE_STRING ? p.getString() : null;
                }
                p.skipChildren();
            }
            return inner;
        }
    }

    /** The string at the parser, else null (anything else is read past). */
    private static @Nullable String string(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        skip(p, value);
        return null;
    }

    /** Reads past the value at the parser (WebhookJson's parser checks what it passes). */
    private static void skip(JsonParser p, JsonToken value) {
        if (value.isStructStart()) {
            p.skipChildren();
        }
    }

    /**
     * {@code timestamp} (the specification's, ISO-8601) or {@code created_at} (OpenAI's Unix seconds, Anthropic's
     * RFC 3339) at the parser; null when it is not a time.
     */
    private static @Nullable Instant instant(JsonParser p, JsonToken value) {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType numberType = p.getNumberType();
            return numberType == JsonParser.NumberType.INT || numberType == JsonParser.NumberType.LONG
                    ? fromNumber(p.getLongValue())
                    : null;
        }
        if (value == JsonToken.VALUE_STRING) {
            return fromText(p.getString());
        }
        skip(p, value);
        return null;
    }

    private static @Nullable Instant fromNumber(long n) {
        // Not Math.abs: Math.abs(Long.MIN_VALUE) is negative.
        if (n > -MILLISECONDS_FROM && n < MILLISECONDS_FROM) {
            return Instant.ofEpochSecond(n);
        }
        long seconds = n / 1000;
        return seconds >= -MAX_EPOCH_SECONDS && seconds <= MAX_EPOCH_SECONDS ? Instant.ofEpochMilli(n) : null;
    }

    private static @Nullable Instant fromText(String text) {
        if (text.length() > 64) {
            return null;
        }
        try {
            Instant parsed = OffsetDateTime.parse(text).toInstant();
            return Math.abs(parsed.getEpochSecond()) <= MAX_EPOCH_SECONDS ? parsed : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- data as sent, from the retained bytes (dataNode, payloadAs) ----

    /**
     * {@code data} as sent, a tree of it alone: the body's {@code data}, or the whole body when it has none (or
     * {@code null}).
     */
    public static JsonNode dataNode(RawBody body) {
        JsonNode data = dataAs(body, WebhookJson.typeFactory().constructType(JsonNode.class));
        return data != null ? data : WebhookJson.readTree(body);
    }

    /**
     * {@code data} (or the whole body when it has none) bound to {@code type} in one pass: the body is read to its
     * end, so that a repeated {@code data} member is bound as a tree would have it (the last one).
     */
    public static <R> @Nullable R payloadAs(RawBody body, Class<R> type) {
        JavaType javaType = WebhookJson.typeFactory().constructType(type);
        if (javaType.isTypeOrSubTypeOf(JsonNode.class)) {
            return type.cast(dataNode(body));
        }
        R data = dataAs(body, javaType);
        return data != null ? data : WebhookJson.read(body, type);
    }

    /** The body's single non-null {@code data} bound to {@code type}; null when it has none or it is {@code null}. */
    private static <R> @Nullable R dataAs(RawBody body, JavaType type) {
        try (JsonParser p = WebhookJson.parser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            R data = null;
            boolean seen = false;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                if (name.equals("data")) {
                    if (seen) {
                        // repeated: the tree's last member
                        JsonNode last = WebhookJson.readTree(body).get("data");
                        return last == null || last.isNull() ? null : WebhookJson.convert(last, type);
                    }
                    seen = true;
                    data = WebhookJson.bind(p, type);
                } else {
                    p.skipChildren();
                }
            }
            return data;
        } catch (JacksonException | IllegalArgumentException e) {
            throw WebhookJson.parseFailure(e);
        }
    }

    // ---- the tree path, for a body repeating type or data ----

    private static StandardWebhookEvent<?> parseTree(
            String providerId, String messageId, @Nullable Instant signedAt, RawBody body) {
        JsonNode root = WebhookJson.readTree(body);
        String type = text(root, "type");
        if (ENVELOPE_TYPE.equals(type)) {
            JsonNode data = root.get("data");
            String inner = data == null ? null : text(data, "type");
            if (inner != null && !inner.isBlank()) {
                type = inner;
            }
        }
        if (type == null || type.isBlank()) {
            throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'type'");
        }
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            data = root;
        }
        Class<?> payloadType = payloadType(providerId, type);
        Object payload;
        if (payloadType == JsonNode.class) {
            payload = data;
        } else if (!data.isObject()) {
            throw notAnObject(type);
        } else {
            try {
                payload = WebhookJson.convert(data, payloadType);
            } catch (WebhookParseException e) {
                throw unreadable(type, payloadType, e);
            }
        }
        Instant timestamp = treeInstant(root.get("timestamp"));
        return new StandardWebhookEvent<>(
                providerId,
                messageId,
                type,
                text(root, "id"),
                timestamp != null ? timestamp : treeInstant(root.get("created_at")),
                signedAt,
                payload,
                body);
    }

    private static @Nullable Instant treeInstant(@Nullable JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return fromNumber(value.asLong());
        }
        return value.isString() ? fromText(value.asString()) : null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    // ---- failures ----

    private static WebhookParseException notAnObject(String type) {
        return malformed("'data' of event " + truncate(type) + " is not a JSON object");
    }

    private static WebhookParseException unreadable(String type, Class<?> payloadType, WebhookParseException e) {
        if (e.reason() != Reason.MALFORMED_BODY || e.getMessage().startsWith("'data' of event")) {
            return e;
        }
        return new WebhookParseException(
                Reason.MALFORMED_BODY,
                "'data' of event " + truncate(type) + " cannot be read as a " + payloadType.getSimpleName() + ": "
                        + e.getMessage(),
                e);
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }
}
