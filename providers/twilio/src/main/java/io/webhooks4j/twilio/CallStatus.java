package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.FormParameters;
import java.time.Instant;

/**
 * A call status callback ({@code StatusCallback}): the call moved to {@link #callStatus()}. Any 2xx acknowledges
 * it.
 *
 * @param callSid {@code CallSid}
 * @param accountSid {@code AccountSid}
 * @param from {@code From}
 * @param to {@code To}
 * @param callStatus {@code CallStatus}
 * @param direction {@code Direction}
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
 * @param fromGeo {@code FromCity}, ...
 * @param toGeo {@code ToCity}, ...
 * @param apiVersion {@code ApiVersion}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every parameter as sent
 */
@ExplicitJson
@JsonPropertyOrder({"type"})
public record CallStatus(
        @JsonProperty("callSid") String callSid,
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("callStatus") CallState callStatus,
        @JsonProperty("direction") CallDirection direction,
        @JsonProperty("callbackSource") String callbackSource,
        @JsonProperty("sequenceNumber") Integer sequenceNumber,
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("callDuration") Integer callDuration,
        @JsonProperty("duration") Integer duration,
        @JsonProperty("sipResponseCode") Integer sipResponseCode,
        @JsonProperty("answeredBy") String answeredBy,
        @JsonProperty("parentCallSid") String parentCallSid,
        @JsonProperty("callerName") String callerName,
        @JsonProperty("forwardedFrom") String forwardedFrom,
        @JsonProperty("recordingUrl") String recordingUrl,
        @JsonProperty("recordingSid") String recordingSid,
        @JsonProperty("recordingDuration") Integer recordingDuration,
        @JsonProperty("fromGeo") Geo fromGeo,
        @JsonProperty("toGeo") Geo toGeo,
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("idempotencyToken") String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    @JsonProperty("type")
    public String type() {
        return TwilioEvents.CALL_STATUS.name();
    }

    /** The token, else {@code CallSid:CallStatus}. */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(
                idempotencyToken,
                callSid,
                callStatus,
                parameters.first("CallStatus").orElse(""));
    }
}
