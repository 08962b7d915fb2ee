package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recording status callback ({@code recordingStatusCallback}) or a {@code <Record>} action request: a
 * recording of a call or conference is in progress, completed, absent or failed.
 *
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
 */
@ExplicitJson
public record RecordingStatus(
        @JsonProperty("callSid") @Nullable String callSid,
        @JsonProperty("conferenceSid") @Nullable String conferenceSid,
        @JsonProperty("recordingSid") @Nullable String recordingSid,
        @JsonProperty("recordingUrl") @Nullable String recordingUrl,
        @JsonProperty("recordingStatus") @Nullable RecordingState recordingStatus,
        @JsonProperty("recordingDuration") @Nullable Integer recordingDuration,
        @JsonProperty("recordingChannels") @Nullable Integer recordingChannels,
        @JsonProperty("recordingStartTime") @Nullable Instant recordingStartTime,
        @JsonProperty("recordingSource") @Nullable String recordingSource,
        @JsonProperty("recordingTrack") @Nullable String recordingTrack,
        @JsonProperty("errorCode") @Nullable Integer errorCode,
        @JsonProperty("digits") @Nullable String digits)
        implements TwilioRequest {}
