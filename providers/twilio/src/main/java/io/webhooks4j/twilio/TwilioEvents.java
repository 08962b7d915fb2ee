package io.webhooks4j.twilio;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.twilio.event.CallStatus;
import io.webhooks4j.twilio.event.ConferenceStatus;
import io.webhooks4j.twilio.event.EventStreamsDelivery;
import io.webhooks4j.twilio.event.GatherResult;
import io.webhooks4j.twilio.event.IncomingCall;
import io.webhooks4j.twilio.event.IncomingMessage;
import io.webhooks4j.twilio.event.MessageStatus;
import io.webhooks4j.twilio.event.RecordingStatus;
import io.webhooks4j.twilio.event.TwilioRequest;
import io.webhooks4j.twilio.event.UnknownTwilioRequest;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of request Twilio sends, as typed handler keys. Twilio sends no type name; a form's kind is read from
 * its parameters, in this order:
 *
 * <ol>
 *   <li>{@code MessageSid} or {@code SmsSid} with {@code MessageStatus}: {@link #MESSAGE_STATUS}; without it:
 *       {@link #INCOMING_MESSAGE};
 *   <li>{@code RecordingStatus}, or {@code RecordingSid}/{@code RecordingUrl} without {@code CallbackSource}:
 *       {@link #RECORDING_STATUS};
 *   <li>{@code ConferenceSid} with {@code StatusCallbackEvent}: {@link #CONFERENCE_STATUS};
 *   <li>{@code CallSid} with {@code Digits} or {@code SpeechResult}: {@link #GATHER};
 *   <li>{@code CallSid} with {@code CallbackSource}, {@code CallDuration} or a final {@code CallStatus}:
 *       {@link #CALL_STATUS}; otherwise {@link #INCOMING_CALL} (a call asking for TwiML);
 *   <li>anything else: {@link #UNKNOWN}.
 * </ol>
 *
 * <p>A JSON body (verified through {@code bodySHA256}) is {@link #EVENT_STREAMS} when it is a non-empty array of
 * CloudEvents 1.x (every element an object whose {@code specversion}, {@code id}, {@code source} and {@code type}
 * are non-empty strings: see {@link EventStreamsDelivery}); any other JSON body is {@link #UNKNOWN}.
 */
public final class TwilioEvents {
    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(TwilioProvider.ID);

    /** An incoming SMS, MMS or WhatsApp message; reply with TwiML. */
    public static final EventType<TwilioEvent<IncomingMessage>> INCOMING_MESSAGE =
            DEFINE.type("message.incoming", IncomingMessage.class);
    /** A message status callback. */
    public static final EventType<TwilioEvent<MessageStatus>> MESSAGE_STATUS =
            DEFINE.type("message.status", MessageStatus.class);
    /** A call asking for TwiML (incoming, or a follow-up request); reply with TwiML. */
    public static final EventType<TwilioEvent<IncomingCall>> INCOMING_CALL =
            DEFINE.type("call.incoming", IncomingCall.class);
    /** A call status callback. */
    public static final EventType<TwilioEvent<CallStatus>> CALL_STATUS = DEFINE.type("call.status", CallStatus.class);
    /** The result of a {@code <Gather>}; reply with TwiML. */
    public static final EventType<TwilioEvent<GatherResult>> GATHER = DEFINE.type("call.gather", GatherResult.class);
    /** A recording status callback or {@code <Record>} action. */
    public static final EventType<TwilioEvent<RecordingStatus>> RECORDING_STATUS =
            DEFINE.type("recording.status", RecordingStatus.class);
    /** A conference status callback (the conference started or ended, a participant joined, left, ...). */
    public static final EventType<TwilioEvent<ConferenceStatus>> CONFERENCE_STATUS =
            DEFINE.type("conference.status", ConferenceStatus.class);
    /** An Event Streams webhook sink delivery: a JSON array of CloudEvents ({@link EventStreamsDelivery}). */
    public static final EventType<TwilioEvent<EventStreamsDelivery>> EVENT_STREAMS =
            DEFINE.type("event-streams.delivery", EventStreamsDelivery.class);
    /** Any other request, with all its parameters (and JSON body) on the envelope. */
    public static final EventType<TwilioEvent<UnknownTwilioRequest>> UNKNOWN =
            DEFINE.type("unknown", UnknownTwilioRequest.class);
    /** Every Twilio request. */
    public static final EventType<TwilioEvent<?>> ANY = DEFINE.any();

    static final EventCatalogue CATALOGUE = DEFINE.build();

    private TwilioEvents() {}

    /** Every kind, in the order above, {@link #ANY} last. */
    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    /** The kind named {@code name} ({@code message.incoming}), or {@code *} for {@link #ANY}. */
    public static Optional<EventType<?>> find(String name) {
        return CATALOGUE.find(name);
    }

    /** The key whose payload is {@code payload}'s record. */
    static EventType<?> typeOf(TwilioRequest payload) {
        for (EventType<?> type : CATALOGUE.all()) {
            if (type.payloadType() == payload.getClass()) {
                return type;
            }
        }
        throw new IllegalStateException(
                "no event type for " + payload.getClass().getName());
    }
}
