package io.webhooks4j.twilio.internal;

import io.webhooks4j.FormParameter;
import io.webhooks4j.FormParameters;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.twilio.TwilioEvent;
import io.webhooks4j.twilio.TwilioHeaders;
import io.webhooks4j.twilio.event.Call;
import io.webhooks4j.twilio.event.CallDirection;
import io.webhooks4j.twilio.event.CallState;
import io.webhooks4j.twilio.event.CallStatus;
import io.webhooks4j.twilio.event.ConferenceStatus;
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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a verified request into its {@link TwilioEvent}: the kind (rules in {@code TwilioEvents}) and what every
 * request carries; also Twilio's own delivery id of an event.
 */
public final class TwilioRequestParser {
    private TwilioRequestParser() {}

    public static TwilioEvent<?> parse(WebhookRequest request) {
        String token = request.header(TwilioHeaders.IDEMPOTENCY_TOKEN)
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .orElse(null);
        String media = request.mediaType();
        if (!SignedString.isForm(media)) {
            // verified by bodySHA256 in the URL: the body's bytes are signed as bytes, never read as parameters
            RawBody body = request.body();
            RawBody json = media.endsWith("json") && !body.isEmpty() ? body : null;
            String accountSid = json != null ? accountSidOf(json) : null;
            return new TwilioEvent<>(new UnknownTwilioRequest(), accountSid, null, token, FormParameters.empty(), json);
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
