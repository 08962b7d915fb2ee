package io.webhooks4j.stripe.internal;

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
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Turns a verified body into a {@link StripeEvent} in one pass over its bytes: the envelope is read member by
 * member (so an older or newer API version never breaks it, and members it does not read are skipped unbuilt),
 * {@code data.object} is bound straight from the bytes to the record the catalogue names for the event type, or to
 * a tree for types without one and types the catalogue does not know. Stripe sends {@code type} after {@code data}:
 * when the type is already known {@code data.object} is bound where it stands, otherwise its tokens are buffered
 * and bound once the type is read. The body is read to its end, so malformed JSON anywhere is a 400. Not API.
 *
 * <p>A thin event ({@code "object": "v2.core.event"}) is the root itself: its members are copied into a token
 * buffer as they are read (only those before {@code object} while the shape is not yet known, which for Stripe's
 * order is the id alone, kept as a string) and bound to {@link StripeThinEvent} at the end.
 *
 * <p>Each of {@code id}, {@code object}, {@code type}, {@code data} and {@code data.object} may appear once: a
 * body that repeats one is refused rather than read one way here and another by a later reader.
 */
public final class StripeEventParser {
    /** Bound on epoch seconds, well inside {@link Instant}'s range. */
    private static final long MAX_EPOCH_SECONDS = 100_000_000_000_000L;

    private static final JavaType THIN_EVENT = WebhookJson.typeFactory().constructType(StripeThinEvent.class);

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
        Envelope envelope = new Envelope();
        try (JsonParser p = WebhookJson.parser(body)) {
            envelope.read(p);
            WebhookJson.requireEnd(p);
            return envelope.event(body);
        } catch (JacksonException e) {
            throw WebhookJson.parseFailure(e);
        }
    }

    /** What one pass over the body has found so far. */
    private static final class Envelope {
        private static final int UNKNOWN = 0;
        private static final int SNAPSHOT = 1;
        private static final int THIN = 2;

        /** {@link #UNKNOWN} until {@code object} says which. */
        private int shape = UNKNOWN;

        /** The thin event's members: from {@code object} on when it is one, before it while not known. */
        private @Nullable TokenBuffer thinCopy;

        /** String members met before {@code object} (name, value pairs), copied into {@link #thinCopy} if thin. */
        private String @Nullable [] early;

        private int earlyCount;

        /** {@code data} met before {@code object}: read at the end for a snapshot event. */
        private @Nullable TokenBuffer pendingData;

        private boolean idSeen;
        private boolean objectSeen;
        private boolean typeSeen;
        private boolean dataSeen;
        private boolean dataIsObject;
        private boolean dataObjectSeen;
        private boolean dataObjectNull;
        private @Nullable String id;
        private @Nullable String object;
        private @Nullable String type;
        private @Nullable Instant created;
        private @Nullable String createdProblem;
        private @Nullable String apiVersion;
        private boolean livemode;
        private @Nullable String account;
        private StripeEvent.Request request = StripeEvent.Request.NONE;
        private @Nullable Long pendingWebhooks;
        private @Nullable Object payload;
        private @Nullable TokenBuffer payloadTokens;
        private @Nullable JsonNode previousAttributes;

        /** Reads the root object member by member, leaving the parser on its end. */
        void read(JsonParser p) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("The body is not a JSON object; expected a Stripe event");
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                if (name.equals("object")) {
                    object(p, token);
                } else if (shape == SNAPSHOT) {
                    member(name, p, token);
                } else {
                    maybeThin(name, p, token);
                }
            }
        }

        /** A root member of a snapshot event (any other member is skipped unread). */
        private void member(String name, JsonParser p, JsonToken token) {
            switch (name) {
                case "id" -> {
                    idSeen = once(idSeen, "id");
                    id = string(p, token);
                }
                case "type" -> {
                    typeSeen = once(typeSeen, "type");
                    type = string(p, token);
                }
                case "created" -> created(p, token);
                case "api_version" -> apiVersion = string(p, token);
                case "livemode" -> {
                    livemode = token == JsonToken.VALUE_TRUE;
                    p.skipChildren();
                }
                case "account" -> account = string(p, token);
                case "pending_webhooks" -> pendingWebhooks = longOrNull(p, token);
                case "request" -> request = request(p, token);
                case "data" -> {
                    dataSeen = once(dataSeen, "data");
                    data(p, token);
                }
                default -> p.skipChildren();
            }
        }

        /** {@code object}: decides between a snapshot and a thin event. */
        private void object(JsonParser p, JsonToken token) {
            objectSeen = once(objectSeen, "object");
            object = string(p, token);
            if (StripeThinEvent.OBJECT.equals(object)) {
                shape = THIN;
                TokenBuffer copy = thinCopy(p);
                copy.writeName("object");
                copy.copyCurrentEvent(p);
                pendingData = null; // the thin event's own data, already in the copy
            } else {
                shape = SNAPSHOT;
                thinCopy = null;
                early = null;
            }
        }

        /** A root member while the event is thin or not known to be a snapshot: read and, if a thin field, kept. */
        private void maybeThin(String name, JsonParser p, JsonToken token) {
            switch (name) {
                case "id", "type", "created", "livemode" -> {
                    if (token.isStructStart()) { // not what Stripe sends: read it as a snapshot's, and keep it
                        TokenBuffer value = WebhookJson.buffer(p);
                        try (JsonParser replay = value.asParser()) {
                            member(name, replay, replay.nextToken());
                        }
                        keep(name, value, p);
                    } else {
                        member(name, p, token);
                        keep(name, p, token);
                    }
                }
                case "data" -> {
                    if (shape == THIN) {
                        keep(name, p, token);
                    } else {
                        dataSeen = once(dataSeen, "data");
                        pendingData = WebhookJson.buffer(p);
                        keep(name, pendingData, p);
                    }
                }
                case "context", "related_object", "reason" -> keep(name, p, token);
                default -> member(name, p, token);
            }
        }

        /** Copies the member at the parser into the thin event (a string, while nothing else is, kept as is). */
        private void keep(String name, JsonParser p, JsonToken token) {
            if (token == JsonToken.VALUE_STRING && thinCopy == null) {
                String[] pairs = early == null ? new String[4] : early;
                if (earlyCount == pairs.length) {
                    pairs = Arrays.copyOf(pairs, pairs.length * 2);
                }
                pairs[earlyCount++] = name;
                pairs[earlyCount++] = p.getString();
                early = pairs;
                return;
            }
            TokenBuffer copy = thinCopy(p);
            copy.writeName(name);
            copy.copyCurrentStructure(p);
        }

        /** Copies a buffered member into the thin event. */
        private void keep(String name, TokenBuffer value, JsonParser p) {
            TokenBuffer copy = thinCopy(p);
            copy.writeName(name);
            try (JsonParser replay = value.asParser()) {
                replay.nextToken();
                copy.copyCurrentStructure(replay);
            }
        }

        private TokenBuffer thinCopy(JsonParser p) {
            TokenBuffer copy = thinCopy;
            if (copy == null) {
                copy = TokenBuffer.forBuffering(p, p.objectReadContext());
                copy.writeStartObject();
                String[] pairs = early;
                for (int i = 0; i < earlyCount; i += 2) {
                    copy.writeName(pairs[i]);
                    copy.writeString(pairs[i + 1]);
                }
                early = null;
                earlyCount = 0;
                thinCopy = copy;
            }
            return copy;
        }

        private void created(JsonParser p, JsonToken token) {
            created = null;
            createdProblem = null;
            switch (token) {
                case VALUE_NULL -> {}
                case VALUE_NUMBER_INT -> {
                    // Not Math.abs: Math.abs(Long.MIN_VALUE) is negative and would pass (issue #15.8).
                    if (p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                            && p.getLongValue() >= -MAX_EPOCH_SECONDS
                            && p.getLongValue() <= MAX_EPOCH_SECONDS) {
                        created = Instant.ofEpochSecond(p.getLongValue());
                    } else {
                        createdProblem = "The event's 'created' is not a time in seconds";
                    }
                }
                case VALUE_STRING -> {
                    String text = p.getString();
                    try {
                        Instant parsed = Instant.parse(text);
                        if (Math.abs(parsed.getEpochSecond()) <= MAX_EPOCH_SECONDS) { // |Instant| << Long.MAX_VALUE
                            created = parsed;
                        } else {
                            createdProblem = "The event's 'created' is out of range: " + truncate(text);
                        }
                    } catch (DateTimeParseException e) {
                        createdProblem = "The event's 'created' is not a time: " + truncate(text);
                    }
                }
                default -> {
                    p.skipChildren();
                    createdProblem = "The event's 'created' is not a time in seconds";
                }
            }
        }

        /** {@code request}: an object with the id and idempotency key, or (before 2017-05-25) the id alone. */
        private static StripeEvent.Request request(JsonParser p, JsonToken token) {
            if (token == JsonToken.VALUE_STRING) {
                return new StripeEvent.Request(p.getString(), null);
            }
            if (token != JsonToken.START_OBJECT) {
                p.skipChildren();
                return StripeEvent.Request.NONE;
            }
            String requestId = null;
            String idempotencyKey = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "id" -> requestId = string(p, value);
                    case "idempotency_key" -> idempotencyKey = string(p, value);
                    default -> p.skipChildren();
                }
            }
            return new StripeEvent.Request(requestId, idempotencyKey);
        }

        /** {@code data}: {@code object} bound (or buffered while the type is not known), {@code previous_attributes}. */
        private void data(JsonParser p, JsonToken token) {
            dataIsObject = token == JsonToken.START_OBJECT;
            if (!dataIsObject) {
                p.skipChildren();
                return;
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "object" -> {
                        if (dataObjectSeen) {
                            throw malformed("The event's 'data' has more than one 'object'");
                        }
                        dataObjectSeen = true;
                        dataObject(p, value);
                    }
                    case "previous_attributes" ->
                        previousAttributes = value == JsonToken.VALUE_NULL ? null : WebhookJson.bind(p, JsonNode.class);
                    default -> p.skipChildren();
                }
            }
        }

        private void dataObject(JsonParser p, JsonToken token) {
            dataObjectNull = token == JsonToken.VALUE_NULL;
            if (dataObjectNull) {
                return;
            }
            if (!typeSeen) {
                payloadTokens = WebhookJson.buffer(p); // bound once 'type' is read
            } else if (type == null || type.isBlank() || (object != null && !object.equals("event"))) {
                p.skipChildren(); // refused at the end (no type, not an event): not worth binding
            } else {
                payload = payload(p, token, type);
            }
        }

        /** {@code data.object} at the parser (the body's, or a buffer's) bound to the catalogue's type for it. */
        private Object payload(JsonParser p, JsonToken token, String eventType) {
            Class<?> payloadType = payloadType(eventType);
            if (payloadType == JsonNode.class || payloadType == StripeThinEvent.class) {
                return WebhookJson.bind(p, JsonNode.class); // not JSON null, so never null
            }
            if (token != JsonToken.START_OBJECT) {
                throw malformed("'data.object' of event " + describe(eventType) + " is not a JSON object");
            }
            try {
                return WebhookJson.bind(p, payloadType);
            } catch (WebhookParseException e) {
                if (e.getCause() instanceof StreamReadException broken && !(broken instanceof InputCoercionException)) {
                    throw e; // not JSON: say so, not that it does not fit
                }
                throw new WebhookParseException(
                        Reason.MALFORMED_BODY,
                        "'data.object' of event " + describe(eventType) + " cannot be read as a "
                                + payloadType.getSimpleName() + ": " + e.getMessage(),
                        e);
            }
        }

        /** The event, once the whole body has been read. */
        StripeEvent<?> event(RawBody body) {
            if (shape == THIN) {
                return thin(body);
            }
            if (object != null && !object.equals("event")) {
                throw malformed("The body is a Stripe '" + truncate(object) + "', not an event");
            }
            String eventId = requireId();
            String eventType = requireType();
            TokenBuffer data = pendingData;
            if (data != null) { // 'data' came before 'object'
                try (JsonParser replay = data.asParser()) {
                    data(replay, replay.nextToken());
                }
            }
            if (!dataIsObject) {
                throw malformed("Event " + eventId + " has no 'data' object");
            }
            if (!dataObjectSeen || dataObjectNull) {
                throw malformed("Event " + eventId + " has no 'data.object'");
            }
            Instant createdAt = requireCreated();
            Object dataObject = payload;
            TokenBuffer tokens = payloadTokens;
            if (dataObject == null && tokens != null) { // 'type' came after 'data'
                try (JsonParser replay = tokens.asParser()) {
                    dataObject = payload(replay, replay.nextToken(), eventType);
                }
            }
            if (dataObject == null) {
                throw malformed("Event " + eventId + " has no 'data.object'");
            }
            return new StripeEvent<>(
                    eventId,
                    eventType,
                    createdAt,
                    apiVersion,
                    livemode,
                    account,
                    request,
                    new StripeEvent.Data<>(dataObject, previousAttributes),
                    pendingWebhooks,
                    body);
        }

        private StripeEvent<StripeThinEvent> thin(RawBody body) {
            String eventId = requireId();
            String eventType = requireType();
            Instant createdAt = requireCreated(); // bounded as for snapshot events
            TokenBuffer copy = thinCopy; // made when 'object' said thin
            if (copy == null) {
                throw new IllegalStateException("a thin event without its copy");
            }
            copy.writeEndObject();
            StripeThinEvent thin = WebhookJson.bind(copy, THIN_EVENT);
            if (thin == null) {
                throw malformed("The thin event is JSON null");
            }
            return new StripeEvent<>(
                    eventId,
                    eventType,
                    createdAt,
                    null,
                    Boolean.TRUE.equals(thin.livemode()),
                    thin.context(),
                    thin.reason() == null || thin.reason().request() == null
                            ? StripeEvent.Request.NONE
                            : thin.reason().request(),
                    new StripeEvent.Data<>(thin, null),
                    null,
                    body);
        }

        private String requireId() {
            String value = id;
            if (value == null || value.isBlank()) {
                throw malformed("The body has no event 'id'; expected a Stripe event");
            }
            return value;
        }

        private String requireType() {
            String value = type;
            if (value == null || value.isBlank()) {
                throw new WebhookParseException(Reason.MISSING_EVENT_TYPE, "The Stripe event has no 'type'");
            }
            return value;
        }

        private @Nullable Instant requireCreated() {
            if (createdProblem != null) {
                throw malformed(createdProblem);
            }
            return created;
        }

        private String describe(String eventType) {
            return (id == null ? "" : id + " ") + "(" + eventType + ")";
        }
    }

    private static Class<?> payloadType(String type) {
        return StripeEvents.find(type)
                .filter(known -> !known.isAny())
                .<Class<?>>map(EventType::payloadType)
                .orElse(JsonNode.class);
    }

    /** Marks a member as read, refusing a second one. */
    private static boolean once(boolean seen, String name) {
        if (seen) {
            throw malformed("The event has more than one '" + name + "'");
        }
        return true;
    }

    /** The string at the parser, or null (a value of another kind skipped). */
    private static @Nullable String string(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        p.skipChildren();
        return null;
    }

    private static @Nullable Long longOrNull(JsonParser p, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        p.skipChildren();
        return null;
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static WebhookParseException malformed(String message) {
        return new WebhookParseException(Reason.MALFORMED_BODY, message);
    }
}
