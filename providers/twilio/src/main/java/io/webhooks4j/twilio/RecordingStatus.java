package io.webhooks4j.twilio;

import io.webhooks4j.FormParameters;
import java.time.Instant;

/**
 * A recording status callback ({@code recordingStatusCallback}) or a {@code <Record>} action request: a
 * recording of a call or conference is in progress, completed, absent or failed.
 *
 * @param accountSid {@code AccountSid}
 * @param callSid {@code CallSid}, or null for a conference recording
 * @param conferenceSid {@code ConferenceSid}, or null
 * @param recordingSid {@code RecordingSid}
 * @param recordingUrl {@code RecordingUrl}
 * @param recordingStatus {@code RecordingStatus}; null for a {@code <Record>} action request
 * @param recordingDuration {@code RecordingDuration} in seconds, or null
 * @param recordingChannels {@code RecordingChannels}, or null
 * @param recordingStartTime {@code RecordingStartTime}, or null
 * @param recordingSource {@code RecordingSource} ({@code DialVerb}, {@code RecordVerb}, ...), or null
 * @param recordingTrack {@code RecordingTrack}, or null
 * @param errorCode {@code ErrorCode}, or null
 * @param digits {@code Digits} that ended a {@code <Record>}, or null
 * @param apiVersion {@code ApiVersion}, or null
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every parameter as sent
 */
public record RecordingStatus(
        String accountSid,
        String callSid,
        String conferenceSid,
        String recordingSid,
        String recordingUrl,
        RecordingState recordingStatus,
        Integer recordingDuration,
        Integer recordingChannels,
        Instant recordingStartTime,
        String recordingSource,
        String recordingTrack,
        Integer errorCode,
        String digits,
        String apiVersion,
        String idempotencyToken,
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    public String type() {
        return TwilioEvents.RECORDING_STATUS.name();
    }

    /** The token, else {@code RecordingSid:RecordingStatus}. */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(
                idempotencyToken,
                recordingSid,
                recordingStatus,
                parameters.first("RecordingStatus").orElse(""));
    }
}
