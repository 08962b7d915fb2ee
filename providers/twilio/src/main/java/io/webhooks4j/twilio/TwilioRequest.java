package io.webhooks4j.twilio;

import io.webhooks4j.FormParameters;
import io.webhooks4j.WebhookEvent;

/**
 * A verified request from Twilio, one record per kind: {@link IncomingMessage}, {@link MessageStatus},
 * {@link IncomingCall}, {@link CallStatus}, {@link GatherResult}, {@link RecordingStatus}, and
 * {@link UnknownTwilioRequest} for everything else. Twilio sends no type name: the kind is read from the
 * parameters (see {@link TwilioEvents}). Every kind keeps all parameters as sent in {@link #parameters()}.
 *
 * <p>De-duplication key ({@link #deliveryId()}): the {@code I-Twilio-Idempotency-Token} header when present
 * (the same on every retry); otherwise the message or call SID with its status ({@code SM...:delivered},
 * {@code CA...:ringing}, recording SID with its status); requests without a stable key (a gather result, a
 * call's follow-up TwiML request, an unknown kind) are not de-duplicated then.
 */
public sealed interface TwilioRequest extends WebhookEvent
        permits IncomingMessage,
                MessageStatus,
                IncomingCall,
                CallStatus,
                GatherResult,
                RecordingStatus,
                UnknownTwilioRequest {
    /** {@code twilio}. */
    @Override
    default String provider() {
        return TwilioProvider.ID;
    }

    /** {@code AccountSid}; null when not sent. */
    String accountSid();

    /** The {@code I-Twilio-Idempotency-Token} header, or null. */
    String idempotencyToken();

    /** Every form parameter, in the order sent, repeated names kept. */
    FormParameters parameters();
}
