package io.webhooks4j.twilio;

import io.webhooks4j.EventType;
import java.util.List;

/**
 * The kinds of request Twilio sends, as typed handler keys. Twilio sends no type name; the kind is read from
 * the parameters, in this order:
 *
 * <ol>
 *   <li>{@code MessageSid} or {@code SmsSid} with {@code MessageStatus}: {@link #MESSAGE_STATUS}; without it:
 *       {@link #INCOMING_MESSAGE};
 *   <li>{@code RecordingStatus}, or {@code RecordingSid}/{@code RecordingUrl} without {@code CallbackSource}:
 *       {@link #RECORDING_STATUS};
 *   <li>{@code CallSid} with {@code Digits} or {@code SpeechResult}: {@link #GATHER};
 *   <li>{@code CallSid} with {@code CallbackSource}, {@code CallDuration} or a final {@code CallStatus}:
 *       {@link #CALL_STATUS}; otherwise {@link #INCOMING_CALL} (a call asking for TwiML);
 *   <li>anything else, and JSON bodies: {@link #UNKNOWN}.
 * </ol>
 */
public final class TwilioEvents {
    /** An incoming SMS, MMS or WhatsApp message; reply with TwiML. */
    public static final EventType<IncomingMessage> INCOMING_MESSAGE =
            EventType.of(TwilioProvider.ID, "message.incoming", IncomingMessage.class);
    /** A message status callback. */
    public static final EventType<MessageStatus> MESSAGE_STATUS =
            EventType.of(TwilioProvider.ID, "message.status", MessageStatus.class);
    /** A call asking for TwiML (incoming, or a follow-up request); reply with TwiML. */
    public static final EventType<IncomingCall> INCOMING_CALL =
            EventType.of(TwilioProvider.ID, "call.incoming", IncomingCall.class);
    /** A call status callback. */
    public static final EventType<CallStatus> CALL_STATUS =
            EventType.of(TwilioProvider.ID, "call.status", CallStatus.class);
    /** The result of a {@code <Gather>}; reply with TwiML. */
    public static final EventType<GatherResult> GATHER =
            EventType.of(TwilioProvider.ID, "call.gather", GatherResult.class);
    /** A recording status callback or {@code <Record>} action. */
    public static final EventType<RecordingStatus> RECORDING_STATUS =
            EventType.of(TwilioProvider.ID, "recording.status", RecordingStatus.class);
    /** Any other request, with all its parameters (and JSON body). */
    public static final EventType<UnknownTwilioRequest> UNKNOWN =
            EventType.of(TwilioProvider.ID, "unknown", UnknownTwilioRequest.class);
    /** Every Twilio request. */
    public static final EventType<TwilioRequest> ANY = EventType.any(TwilioProvider.ID);

    /** Every kind, {@link #ANY} excluded. */
    public static final List<EventType<? extends TwilioRequest>> ALL =
            List.of(INCOMING_MESSAGE, MESSAGE_STATUS, INCOMING_CALL, CALL_STATUS, GATHER, RECORDING_STATUS, UNKNOWN);

    private TwilioEvents() {}
}
