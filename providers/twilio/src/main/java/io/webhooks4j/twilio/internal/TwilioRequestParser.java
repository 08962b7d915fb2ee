package io.webhooks4j.twilio.internal;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.internal.Rfc3339Instants;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.TwilioEvent;
import io.webhooks4j.twilio.TwilioHeaders;
import io.webhooks4j.twilio.event.Call;
import io.webhooks4j.twilio.event.CallDirection;
import io.webhooks4j.twilio.event.CallState;
import io.webhooks4j.twilio.event.CallStatus;
import io.webhooks4j.twilio.event.CloudEvent;
import io.webhooks4j.twilio.event.ConferenceStatus;
import io.webhooks4j.twilio.event.EventStreamsDelivery;
import io.webhooks4j.twilio.event.GatherResult;
import io.webhooks4j.twilio.event.Geo;
import io.webhooks4j.twilio.event.IncomingCall;
import io.webhooks4j.twilio.event.IncomingMessage;
import io.webhooks4j.twilio.event.Media;
import io.webhooks4j.twilio.event.MessageState;
import io.webhooks4j.twilio.event.MessageStatus;
import io.webhooks4j.twilio.event.RecordingState;
import io.webhooks4j.twilio.event.RecordingStatus;
import io.webhooks4j.twilio.event.TwilioRequest;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import io.webhooks4j.twilio.event.WhatsApp;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Reads a verified request into its {@link TwilioEvent}: the kind (rules in {@code TwilioEvents}) and what every
 * request carries; also Twilio's own delivery id of an event.
 */
public final class TwilioRequestParser {
    private TwilioRequestParser() {}

    public static TwilioEvent<?> parse(WebhookRequest request) {
        String token =
                request.headers().firstNonBlank(TwilioHeaders.IDEMPOTENCY_TOKEN).orElse(null);
        String media = request.mediaType();
        if (!SignedString.isForm(media)) {
            // verified by bodySHA256 in the URL: the body's bytes are signed as bytes, never read as parameters
            RawBody body = request.body();
            RawBody json = media.endsWith("json") && !body.isEmpty() ? body : null;
            if (json == null) {
                return new TwilioEvent<>(new UnknownTwilioRequest(), null, null, token, FormParameters.empty(), null);
            }
            String accountSid = accountSidOf(json); // also refuses what is not one well-formed document
            List<CloudEvent> events = cloudEventsOf(json);
            TwilioRequest kind = events != null ? new EventStreamsDelivery(events) : new UnknownTwilioRequest();
            return new TwilioEvent<>(kind, accountSid, null, token, FormParameters.empty(), json);
        }
        Params p = new Params(request.formParameters());
        return new TwilioEvent<>(kind(p), p.str("AccountSid"), p.str("ApiVersion"), token, p.parameters, null);
    }

    /**
     * Reads a JSON body once, to its end, without building it: the top-level {@code AccountSid} when it is a
     * string (the last one when repeated, as a tree keeps it), else null. Refuses (400) what a tree of the body
     * would refuse, so that {@code raw()} and the rendering cannot fail later: malformed JSON, more than one
     * document, nesting beyond the limit, a decimal exponent beyond +/-{@value WebhookJson#MAX_DECIMAL_SCALE}, a
     * string beyond {@link WebhookJson#MAX_STRING_LENGTH} characters (looked at only in a body that long).
     */
    static @Nullable String accountSidOf(RawBody json) {
        boolean longStrings = json.length() > WebhookJson.MAX_STRING_LENGTH;
        try (JsonParser p = WebhookJson.parser(json)) {
            String accountSid = null;
            boolean rootObject = false;
            boolean accountSidNext = false;
            int depth = 0;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new WebhookParseException(Reason.MALFORMED_BODY, "The body holds no JSON document");
            }
            for (JsonToken token = first; token != null; token = p.nextToken()) {
                if (accountSidNext) {
                    accountSid = token == JsonToken.VALUE_STRING ? p.getString() : null;
                    accountSidNext = false;
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        rootObject |= depth == 0 && token == JsonToken.START_OBJECT;
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case PROPERTY_NAME ->
                        accountSidNext = depth == 1 && rootObject && "AccountSid".equals(p.currentName());
                    case VALUE_NUMBER_FLOAT -> requireBoundedScale(p);
                    case VALUE_STRING -> {
                        if (longStrings) {
                            p.getString(); // the read limit applies to decoded strings only
                        }
                    }
                    default -> {}
                }
                if (depth == 0) {
                    break; // the root value is complete
                }
            }
            WebhookJson.requireEnd(p);
            return accountSid;
        } catch (JacksonException | IllegalArgumentException e) {
            throw WebhookJson.parseFailure(e);
        }
    }

    /**
     * The events of an Event Streams delivery, or null when {@code json} is not one: a non-empty JSON array whose
     * every element is an object with the REQUIRED CloudEvents attributes as non-empty strings, {@code specversion}
     * 1.x (CloudEvents 1.0, "REQUIRED Attributes"; the JSON batch format, json-format.md section 4). Anything else
     * (an object, an empty array, an element without them, a {@code specversion} 2) gives null and the body stays an
     * unknown request. Call it on a body {@link #accountSidOf} accepted, so the document is known to be well formed;
     * the read stops at the first element that is not an event. Each event's members are built as JSON trees (its
     * {@code data} and extensions stay trees; the attributes are read from them).
     *
     * <p>In an event, a member set to {@code null} is unset (json-format.md section 2.2); a repeated member counts
     * once, its last value (as a tree keeps it). An event whose optional attributes do not fit their CloudEvents
     * types is malformed (400, naming the attribute and the event): {@code time} not an RFC 3339 timestamp (within
     * the instants {@link WebhookJson} reads), {@code dataschema} not a URI, {@code subject}, {@code
     * datacontenttype} or {@code data_base64} not a string.
     */
    static @Nullable List<CloudEvent> cloudEventsOf(RawBody json) {
        List<Map<String, JsonNode>> elements = new ArrayList<>();
        try (JsonParser p = WebhookJson.parser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                Map<String, JsonNode> members = token == JsonToken.START_OBJECT ? members(p) : null;
                if (members == null || !isCloudEvent(members)) {
                    return null;
                }
                elements.add(members);
            }
        } catch (JacksonException | IllegalArgumentException e) {
            throw WebhookJson.parseFailure(e);
        }
        if (elements.isEmpty()) {
            return null;
        }
        // every element is an event: only now may an attribute that does not fit its type refuse the body
        List<CloudEvent> events = new ArrayList<>(elements.size());
        for (Map<String, JsonNode> members : elements) {
            events.add(cloudEvent(members, events.size()));
        }
        return events;
    }

    /**
     * The members of the object whose {@code START_OBJECT} {@code p} is on, in the order sent, leaving {@code p} on
     * its {@code END_OBJECT}: a member set to {@code null} left out (unset), except {@code data}, whose {@code null}
     * is a value; a repeated member once, with its last value, where it was last sent.
     */
    private static Map<String, JsonNode> members(JsonParser p) {
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken value = p.nextToken();
            members.remove(name);
            if (value == JsonToken.VALUE_NULL) {
                if (name.equals("data")) {
                    members.put(name, NullNode.getInstance());
                }
                continue;
            }
            members.put(name, WebhookJson.bind(p, JsonNode.class));
        }
        return members;
    }

    private static boolean isCloudEvent(Map<String, JsonNode> members) {
        String specVersion = required(members.get("specversion"));
        return specVersion != null
                && specVersion.startsWith("1.")
                && required(members.get("id")) != null
                && required(members.get("source")) != null
                && required(members.get("type")) != null;
    }

    /** The event of {@code members} ({@link #isCloudEvent} true), the {@code index}th of its delivery. */
    private static CloudEvent cloudEvent(Map<String, JsonNode> members, int index) {
        String specVersion = required(members.remove("specversion"));
        String id = required(members.remove("id"));
        String source = required(members.remove("source"));
        String type = required(members.remove("type"));
        String dataContentType = optionalString(members.remove("datacontenttype"), "datacontenttype", index);
        String dataSchema = optionalString(members.remove("dataschema"), "dataschema", index);
        String subject = optionalString(members.remove("subject"), "subject", index);
        String time = optionalString(members.remove("time"), "time", index);
        JsonNode data = members.remove("data");
        String dataBase64 = optionalString(members.remove("data_base64"), "data_base64", index);
        return new CloudEvent(
                Objects.requireNonNull(specVersion),
                Objects.requireNonNull(id),
                Objects.requireNonNull(source),
                Objects.requireNonNull(type),
                dataContentType,
                dataSchema == null ? null : uri(dataSchema, index),
                subject,
                time == null ? null : instant(time, index),
                data,
                dataBase64,
                members);
    }

    /** A REQUIRED attribute's value: a non-empty string, else null (then the element is not an event). */
    private static @Nullable String required(@Nullable JsonNode value) {
        return value != null && value.isString() && !value.asString().isEmpty() ? value.asString() : null;
    }

    private static @Nullable String optionalString(@Nullable JsonNode value, String attribute, int index) {
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw malformedAttribute(attribute, index, "a string", null);
        }
        return value.asString();
    }

    private static URI uri(String value, int index) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw malformedAttribute("dataschema", index, "a URI", e);
        }
    }

    /**
     * RFC 3339 ({@code 2026-11-27T11:59:58.000Z}, {@code ...+01:00}), within the instants {@link WebhookJson}
     * reads; not the epoch numbers a Jackson {@code Instant} would also take.
     */
    private static Instant instant(String value, int index) {
        char[] text = value.toCharArray();
        Instant time = Rfc3339Instants.parse(text, 0, text.length);
        if (time == null) {
            try {
                time = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw malformedAttribute("time", index, "an RFC 3339 timestamp", e);
            }
        }
        if (time.isBefore(WebhookJson.MIN_INSTANT) || time.isAfter(WebhookJson.MAX_INSTANT)) {
            throw malformedAttribute("time", index, "a timestamp within the years 1 to 9999", null);
        }
        return time;
    }

    private static WebhookParseException malformedAttribute(
            String attribute, int index, String expected, @Nullable Exception cause) {
        return new WebhookParseException(
                Reason.MALFORMED_BODY,
                "CloudEvents attribute '" + attribute + "' of event " + index + " is not " + expected,
                cause);
    }

    private static void requireBoundedScale(JsonParser p) {
        if (Math.abs((long) p.getDecimalValue().scale()) > WebhookJson.MAX_DECIMAL_SCALE) {
            throw new WebhookParseException(
                    Reason.MALFORMED_BODY,
                    "Malformed JSON payload: a number's exponent is beyond +/-" + WebhookJson.MAX_DECIMAL_SCALE);
        }
    }

    private static TwilioRequest kind(Params p) {
        String messageSid = p.first("MessageSid", "SmsSid", "SmsMessageSid");
        String callSid = p.str("CallSid");
        if (messageSid != null) {
            return p.has("MessageStatus") ? messageStatus(p, messageSid) : incomingMessage(p, messageSid);
        }
        if (p.has("RecordingStatus")
                || ((p.has("RecordingSid") || p.has("RecordingUrl")) && !p.has("CallbackSource"))) {
            return recordingStatus(p);
        }
        String conferenceSid = p.str("ConferenceSid");
        String conferenceEvent = p.str("StatusCallbackEvent");
        if (conferenceSid != null
                && !conferenceSid.isEmpty()
                && conferenceEvent != null
                && !conferenceEvent.isEmpty()) {
            return conferenceStatus(p, conferenceSid, conferenceEvent);
        }
        if (callSid != null) {
            Call call = call(p, callSid);
            if (p.has("Digits") || p.has("SpeechResult")) {
                return new GatherResult(
                        call, p.str("Digits"), p.str("FinishedOnKey"), p.str("SpeechResult"), p.decimal("Confidence"));
            }
            CallState state = call.callStatus();
            if (p.has("CallbackSource") || p.has("CallDuration") || (state != null && state.isFinal())) {
                return callStatus(p, call);
            }
            return incomingCall(p, call);
        }
        return new UnknownTwilioRequest();
    }

    /**
     * Twilio's own id of {@code event}, for logs and display (never the de-duplication key, which comes from
     * signed content): the idempotency token when present, else {@code sid:status} where the kind has a stable
     * one ({@code MessageSid:received}, {@code MessageSid:<MessageStatus>}, {@code CallSid:ringing} for the
     * first request of a call, {@code CallSid:<CallStatus>}, {@code RecordingSid:<RecordingStatus>}, the status
     * as sent), else null.
     */
    public static @Nullable String deliveryId(TwilioEvent<?> event) {
        String token = event.idempotencyToken();
        if (token != null && !token.isBlank()) {
            return token;
        }
        TwilioRequest payload = event.payload();
        if (payload instanceof IncomingMessage message) {
            MessageState status = message.smsStatus();
            return join(message.messageSid(), status == null ? "received" : status.wireValue());
        }
        if (payload instanceof IncomingCall call) {
            return call.isFirstRequest() ? join(call.call().callSid(), "ringing") : null;
        }
        String sid = null;
        Enum<?> status = null;
        String parameter = null;
        if (payload instanceof MessageStatus message) {
            sid = message.messageSid();
            status = message.messageStatus();
            parameter = "MessageStatus";
        } else if (payload instanceof CallStatus call) {
            sid = call.call().callSid();
            status = call.call().callStatus();
            parameter = "CallStatus";
        } else if (payload instanceof RecordingStatus recording) {
            sid = recording.recordingSid();
            status = recording.recordingStatus();
            parameter = "RecordingStatus";
        }
        return status == null
                ? null
                : join(sid, event.parameters().first(parameter).orElse(""));
    }

    private static @Nullable String join(@Nullable String sid, String wireStatus) {
        return sid == null || sid.isEmpty() ? null : sid + ":" + wireStatus;
    }

    private static Call call(Params p, String callSid) {
        return new Call(
                callSid,
                p.str("From"),
                p.str("To"),
                CallState.fromWire(p.str("CallStatus")),
                CallDirection.fromWire(p.str("Direction")),
                p.geo("From"),
                p.geo("To"));
    }

    private static IncomingMessage incomingMessage(Params p, String sid) {
        List<Media> media = new ArrayList<>();
        for (int i = 0; i < p.size; i++) {
            String url = p.str("MediaUrl" + i);
            if (url == null) {
                break;
            }
            media.add(new Media(url, p.str("MediaContentType" + i)));
        }
        String from = p.str("From");
        boolean whatsApp = p.has("WaId") || (from != null && from.startsWith("whatsapp:"));
        return new IncomingMessage(
                sid,
                p.str("MessagingServiceSid"),
                from,
                p.str("To"),
                p.str("Body"),
                p.integer("NumMedia"),
                p.integer("NumSegments"),
                media,
                p.geo("From"),
                p.geo("To"),
                MessageState.fromWire(p.str("SmsStatus")),
                p.str("OptOutType"),
                whatsApp ? whatsApp(p) : null);
    }

    private static WhatsApp whatsApp(Params p) {
        return new WhatsApp(
                p.str("ProfileName"),
                p.str("WaId"),
                p.bool("Forwarded"),
                p.bool("FrequentlyForwarded"),
                p.str("MessageType"),
                p.str("ButtonText"),
                p.str("ButtonPayload"),
                p.decimal("Latitude"),
                p.decimal("Longitude"),
                p.str("Address"),
                p.str("Label"),
                p.str("OriginalRepliedMessageSid"),
                p.str("OriginalRepliedMessageSender"),
                p.str("ReferralBody"),
                p.str("ReferralHeadline"),
                p.str("ReferralSourceUrl"),
                p.str("ReferralCtwaClid"));
    }

    private static MessageStatus messageStatus(Params p, String sid) {
        return new MessageStatus(
                sid,
                p.str("MessagingServiceSid"),
                p.str("From"),
                p.str("To"),
                MessageState.fromWire(p.str("MessageStatus")),
                p.integer("ErrorCode"),
                p.str("ErrorMessage"),
                p.str("RawDlrDoneDate"),
                p.str("ChannelInstallSid"),
                p.str("ChannelPrefix"),
                p.str("ChannelStatusMessage"),
                p.str("EventType"));
    }

    private static IncomingCall incomingCall(Params p, Call call) {
        return new IncomingCall(
                call,
                p.str("CallerName"),
                p.str("ForwardedFrom"),
                p.str("ParentCallSid"),
                p.str("CallToken"),
                p.str("StirVerstat"),
                CallState.fromWire(p.str("DialCallStatus")),
                p.str("DialCallSid"),
                p.integer("DialCallDuration"));
    }

    private static CallStatus callStatus(Params p, Call call) {
        return new CallStatus(
                call,
                p.str("CallbackSource"),
                p.integer("SequenceNumber"),
                p.instant("Timestamp"),
                p.integer("CallDuration"),
                p.integer("Duration"),
                p.integer("SipResponseCode"),
                p.str("AnsweredBy"),
                p.str("ParentCallSid"),
                p.str("CallerName"),
                p.str("ForwardedFrom"),
                p.str("RecordingUrl"),
                p.str("RecordingSid"),
                p.integer("RecordingDuration"));
    }

    private static ConferenceStatus conferenceStatus(Params p, String conferenceSid, String event) {
        return new ConferenceStatus(
                conferenceSid,
                p.str("FriendlyName"),
                event,
                p.str("CallSid"),
                p.str("ParticipantLabel"),
                p.integer("SequenceNumber"),
                p.instant("Timestamp"),
                p.bool("Muted"),
                p.bool("Hold"),
                p.bool("Coaching"),
                p.bool("StartConferenceOnEnter"),
                p.bool("EndConferenceOnExit"),
                p.str("ReasonConferenceEnded"),
                p.str("CallSidEndingConference"));
    }

    private static RecordingStatus recordingStatus(Params p) {
        return new RecordingStatus(
                p.str("CallSid"),
                p.str("ConferenceSid"),
                p.str("RecordingSid"),
                p.str("RecordingUrl"),
                RecordingState.fromWire(p.str("RecordingStatus")),
                p.integer("RecordingDuration"),
                p.integer("RecordingChannels"),
                p.instant("RecordingStartTime"),
                p.str("RecordingSource"),
                p.str("RecordingTrack"),
                p.integer("ErrorCode"),
                p.str("Digits"));
    }

    /** First values by name, with typed readers that throw a 400 naming the parameter. */
    private static final class Params {
        final FormParameters parameters;
        final Map<String, String> first;
        final int size;

        Params(FormParameters parameters) {
            this.parameters = parameters;
            this.size = parameters.size();
            this.first = new HashMap<>();
            for (FormParameter parameter : parameters) {
                first.putIfAbsent(parameter.name(), parameter.value());
            }
        }

        boolean has(String name) {
            String value = first.get(name);
            return value != null && !value.isEmpty();
        }

        /** The first value as sent (empty kept), or null when absent. */
        @Nullable
        String str(String name) {
            return first.get(name);
        }

        @Nullable
        String first(String... names) {
            for (String name : names) {
                if (has(name)) {
                    return first.get(name);
                }
            }
            return null;
        }

        @Nullable
        Integer integer(String name) {
            String value = blankToNull(name);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw malformed(name, "an integer", e);
            }
        }

        @Nullable
        BigDecimal decimal(String name) {
            String value = blankToNull(name);
            if (value == null) {
                return null;
            }
            if (value.length() > 100) {
                throw malformed(name, "a decimal number", null);
            }
            BigDecimal decimal;
            try {
                decimal = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw malformed(name, "a decimal number", e);
            }
            // 1e999999999 is a short text but a number whose arithmetic can hang a handler: the limit
            // WebhookJson applies to JSON
            if (Math.abs((long) decimal.scale()) > WebhookJson.MAX_DECIMAL_SCALE) {
                throw malformed(
                        name, "a decimal number with an exponent within +/-" + WebhookJson.MAX_DECIMAL_SCALE, null);
            }
            return decimal;
        }

        @Nullable
        Boolean bool(String name) {
            String value = blankToNull(name);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw malformed(name, "true or false", null);
            };
        }

        /** RFC 1123 ({@code Tue, 10 Aug 2010 03:45:01 +0000}), as Twilio sends {@code Timestamp}. */
        @Nullable
        Instant instant(String name) {
            String value = blankToNull(name);
            if (value == null) {
                return null;
            }
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(value);
                } catch (DateTimeParseException again) {
                    throw malformed(name, "an RFC 1123 date", e);
                }
            }
        }

        Geo geo(String prefix) {
            return new Geo(str(prefix + "City"), str(prefix + "State"), str(prefix + "Zip"), str(prefix + "Country"));
        }

        private @Nullable String blankToNull(String name) {
            String value = first.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static WebhookParseException malformed(String name, String expected, @Nullable Exception cause) {
            return new WebhookParseException(
                    Reason.MALFORMED_BODY, "Parameter '" + name + "' is not " + expected, cause);
        }
    }
}
