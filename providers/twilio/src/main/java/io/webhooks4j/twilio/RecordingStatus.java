package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
@ExplicitJson
@JsonPropertyOrder({"type"})
public record RecordingStatus(
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("callSid") String callSid,
        @JsonProperty("conferenceSid") String conferenceSid,
        @JsonProperty("recordingSid") String recordingSid,
        @JsonProperty("recordingUrl") String recordingUrl,
        @JsonProperty("recordingStatus") RecordingState recordingStatus,
        @JsonProperty("recordingDuration") Integer recordingDuration,
        @JsonProperty("recordingChannels") Integer recordingChannels,
        @JsonProperty("recordingStartTime") Instant recordingStartTime,
        @JsonProperty("recordingSource") String recordingSource,
        @JsonProperty("recordingTrack") String recordingTrack,
        @JsonProperty("errorCode") Integer errorCode,
        @JsonProperty("digits") String digits,
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("idempotencyToken") String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    @JsonProperty("type")
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
