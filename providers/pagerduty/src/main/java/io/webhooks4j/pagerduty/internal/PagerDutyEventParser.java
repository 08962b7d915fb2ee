package io.webhooks4j.pagerduty.internal;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.PagerDutyEvent;
import io.webhooks4j.pagerduty.PagerDutyEvents;
import io.webhooks4j.pagerduty.PagerDutyHeaders;
import io.webhooks4j.pagerduty.event.Client;
import io.webhooks4j.pagerduty.event.Reference;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Turns a verified request into a {@link PagerDutyEvent}: the {@code {"event": {...}}} body, {@code event.data} typed
 * by the event type's {@link PagerDutyEvents} constant ({@link JsonNode} for a type this version does not know).
 *
 * <p>One pass over the bytes, member by member: the envelope's scalars are read as they come, {@code agent} and
 * {@code client} are bound where they stand, and {@code data} is bound straight to its payload type when {@code
 * event_type} came before it (as PagerDuty sends it); when it comes after, {@code data} is copied into a token buffer
 * and bound once the type is known. Unknown members are skipped without being built; the document is read to its end,
 * so malformed JSON anywhere is a 400 {@link Reason#MALFORMED_BODY}. As in a tree, a member sent twice counts once,
 * the last time.
 */
public final class PagerDutyEventParser {
    /** The {@code type} component of each payload record ({@code data.type}), or null for a record without one. */
    private static final ClassValue<@Nullable Method> DATA_TYPE = new ClassValue<>() {
        @Override
        protected @Nullable Method computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return null;
            }
            for (RecordComponent component : components) {
                if (component.getName().equals("type") && component.getType() == String.class) {
                    return component.getAccessor();
                }
            }
            return null;
        }
    };

    private PagerDutyEventParser() {}

    /**
     * The event of a verified request.
     *
     * @throws WebhookParseException when the body is not one JSON object holding an {@code event} object, has no
     *     {@code event_type}, or its {@code data} does not fit the documented payload (a 400)
     */
    public static PagerDutyEvent<?> parse(WebhookRequest request) {
        RawBody body = request.body();
        Envelope event;
        try {
            event = read(body);
        } catch (WebhookParseException valueDoesNotFit) {
            throw explain(body, valueDoesNotFit);
        }
        if (event == null) {
            throw malformed("The body has no 'event' object; expected {\"event\": {...}}");
        }
        String type = event.type;
        if (type == null) {
            throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'event_type'");
        }
        Class<?> payloadType = payloadType(type);
        Object data;
        if (event.buffered != null) {
            try {
                data = bindBuffered(event.buffered, event.dataToken, payloadType);
            } catch (DateTimeException | ArithmeticException e) {
                throw outOfRange(e);
            }
        } else if (event.dataToken != null && event.boundAs != payloadType) {
            // 'event_type' sent twice, naming two payload types around 'data': which one the data is, is anyone's guess
            throw malformed("The event names two event types of different payloads ('event_type' appears twice)");
        } else {
            data = event.data;
        }
        String dataType;
        if (payloadType == JsonNode.class) {
            JsonNode node = data == null ? NullNode.getInstance() : (JsonNode) data;
            data = node;
            dataType = text(node.get("type"));
        } else if (data == null) {
            throw malformed("The '" + type + "' event has no 'data' object");
        } else {
            dataType = dataType(data);
        }
        return new PagerDutyEvent<>(
                event.id,
                type,
                event.resourceType,
                event.occurredAt,
                event.agent,
                event.client,
                dataType,
                header(request, PagerDutyHeaders.WEBHOOK_ID),
                header(request, PagerDutyHeaders.SUBSCRIPTION),
                data,
                body);
    }

    /** The payload class of event type {@code name}: {@link JsonNode} for a type this version does not know. */
    public static Class<?> payloadType(String name) {
        EventType<?> type = PagerDutyEvents.find(name).orElse(null);
        return type == null || type.isAny() ? JsonNode.class : type.payloadType();
    }

    /**
     * Reads the whole body once: the last {@code event} object's members, or null when the body has no {@code event}
     * object. Checks of what the members mean come after, once the document is known to be well-formed.
     */
    private static @Nullable Envelope read(RawBody body) {
        try (JsonParser p = WebhookJson.parser(body)) {
            Envelope event = null;
            if (p.nextToken() == JsonToken.START_OBJECT) {
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    JsonToken token = p.nextToken();
                    if (name.equals("event") && token == JsonToken.START_OBJECT) {
                        event = readEvent(p);
                    } else {
                        if (name.equals("event")) {
                            event = null; // the last 'event' is not an object
                        }
                        p.skipChildren();
                    }
                }
                WebhookJson.requireEnd(p);
                return event;
            }
            p.skipChildren();
            WebhookJson.requireEnd(p);
            throw malformed("The body is not a JSON object; expected {\"event\": {...}}");
        } catch (JacksonException e) {
            throw WebhookJson.parseFailure(e);
        } catch (DateTimeException | ArithmeticException e) {
            throw outOfRange(e);
        }
    }

    /** The members of the {@code event} object the parser stands on, leaving it on the object's end. */
    private static Envelope readEvent(JsonParser p) {
        Envelope event = new Envelope();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "id" -> event.id = scalar(p, token);
                case "event_type" -> event.type = eventType(p, token);
                case "resource_type" -> event.resourceType = scalar(p, token);
                case "occurred_at" -> event.occurredAt = WebhookJson.bind(p, Instant.class);
                case "agent" -> event.agent = WebhookJson.bind(p, Reference.class);
                case "client" -> event.client = WebhookJson.bind(p, Client.class);
                case "data" -> event.readData(p, token);
                default -> p.skipChildren();
            }
        }
        return event;
    }

    /** A string {@code event_type} that is not blank, else null (and the value skipped). */
    private static @Nullable String eventType(JsonParser p, JsonToken token) {
        if (token != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        String type = p.getString();
        return type.isBlank() ? null : type;
    }

    /** A scalar as text (a number as sent, {@code true}/{@code false}); null for JSON null, an object or an array. */
    private static @Nullable String scalar(JsonParser p, JsonToken token) {
        if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    /** {@code data} bound where it stands: a record only from an object (else null, refused by the caller). */
    private static @Nullable Object bindData(JsonParser p, JsonToken token, Class<?> payloadType) {
        if (payloadType == JsonNode.class) {
            return WebhookJson.bind(p, JsonNode.class);
        }
        if (token != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        return WebhookJson.bind(p, payloadType);
    }

    /** {@code data} bound from its buffer once the event type is known. */
    private static @Nullable Object bindBuffered(
            TokenBuffer buffered, @Nullable JsonToken token, Class<?> payloadType) {
        if (payloadType != JsonNode.class && token != JsonToken.START_OBJECT) {
            return null;
        }
        return WebhookJson.bind(buffered, WebhookJson.typeFactory().constructType(payloadType));
    }

    /**
     * A value did not fit while the body was being read, before the rest of it was seen: which 400 it is depends on
     * the document, as when the tree was read first (malformed JSON, then no {@code event}, then no {@code
     * event_type}, then values). Runs for refused deliveries only.
     */
    private static WebhookParseException explain(RawBody body, WebhookParseException valueDoesNotFit) {
        JsonNode root = WebhookJson.readTree(body); // throws the malformed-JSON 400 first
        if (!root.isObject()) {
            return malformed("The body is not a JSON object; expected {\"event\": {...}}");
        }
        JsonNode event = root.get("event");
        if (event == null || !event.isObject()) {
            return malformed("The body has no 'event' object; expected {\"event\": {...}}");
        }
        JsonNode type = event.get("event_type");
        if (type == null || !type.isString() || type.asString().isBlank()) {
            return new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The event has no 'event_type'");
        }
        return valueDoesNotFit;
    }

    /** {@code data.type} as bound into the payload record (every documented payload has one). */
    private static @Nullable String dataType(Object data) {
        Method accessor = DATA_TYPE.get(data.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            return (String) accessor.invoke(data);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "Cannot read the type of " + data.getClass().getName(), e);
        }
    }

    /**
     * A time beyond what {@link Instant} holds ({@code "occurred_at": 99999999999999999}) is a 400 like any other value
     * that does not fit, not a 500.
     */
    private static WebhookParseException outOfRange(RuntimeException e) {
        return new WebhookParseException(
                Reason.MALFORMED_BODY, "The event holds a value out of range: " + e.getMessage(), e);
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
    }

    /** What one {@code event} object held, as read. */
    private static final class Envelope {
        @Nullable
        String id;

        @Nullable
        String type;

        @Nullable
        String resourceType;

        @Nullable
        Instant occurredAt;

        @Nullable
        Reference agent;

        @Nullable
        Client client;
        /** The first token of the last {@code data}; null when there was none. */
        @Nullable
        JsonToken dataToken;
        /** {@code data} bound when the type was known before it (null also for a record's non-object data). */
        @Nullable
        Object data;
        /** The class {@link #data} was bound as. */
        @Nullable
        Class<?> boundAs;
        /** {@code data} copied when it came before {@code event_type}. */
        @Nullable
        TokenBuffer buffered;

        void readData(JsonParser p, JsonToken token) {
            dataToken = token;
            if (type != null) {
                Class<?> payloadType = payloadType(type);
                boundAs = payloadType;
                data = bindData(p, token, payloadType);
                buffered = null;
            } else {
                buffered = WebhookJson.buffer(p);
                data = null;
                boundAs = null;
            }
        }
    }

    private static @Nullable String header(WebhookRequest request, String name) {
        return request.headers().firstNonBlank(name).orElse(null);
    }
}
