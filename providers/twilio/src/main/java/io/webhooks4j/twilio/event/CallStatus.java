package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call status callback ({@code StatusCallback}): the call moved to {@code call().callStatus()}. Any 2xx
 * acknowledges it.
 *
 * @param call the call: SID, caller, number called, status, direction, their places
 * @param callbackSource {@code CallbackSource} ({@code call-progress-events}), or null
 * @param sequenceNumber {@code SequenceNumber}, the order of this callback for the call, or null
 * @param timestamp {@code Timestamp}, or null
 * @param callDuration {@code CallDuration} in seconds (once completed), or null
 * @param duration {@code Duration}, billed minutes, or null
 * @param sipResponseCode {@code SipResponseCode}, or null
 * @param answeredBy {@code AnsweredBy} (answering machine detection), or null
 * @param parentCallSid {@code ParentCallSid}, or null
 * @param callerName {@code CallerName}, or null
 * @param forwardedFrom {@code ForwardedFrom}, or null
 * @param recordingUrl {@code RecordingUrl} when the call was recorded, or null
 * @param recordingSid {@code RecordingSid}, or null
 * @param recordingDuration {@code RecordingDuration} in seconds, or null
 */
@ExplicitJson
public record CallStatus(
        @JsonProperty("call") @JsonUnwrapped Call call,
        @JsonProperty("callbackSource") @Nullable String callbackSource,
        @JsonProperty("sequenceNumber") @Nullable Integer sequenceNumber,
        @JsonProperty("timestamp") @Nullable Instant timestamp,
        @JsonProperty("callDuration") @Nullable Integer callDuration,
        @JsonProperty("duration") @Nullable Integer duration,
        @JsonProperty("sipResponseCode") @Nullable Integer sipResponseCode,
        @JsonProperty("answeredBy") @Nullable String answeredBy,
        @JsonProperty("parentCallSid") @Nullable String parentCallSid,
        @JsonProperty("callerName") @Nullable String callerName,
        @JsonProperty("forwardedFrom") @Nullable String forwardedFrom,
        @JsonProperty("recordingUrl") @Nullable String recordingUrl,
        @JsonProperty("recordingSid") @Nullable String recordingSid,
        @JsonProperty("recordingDuration") @Nullable Integer recordingDuration)
        implements TwilioRequest {
    public CallStatus {
        Objects.requireNonNull(call, "call");
    }
}
