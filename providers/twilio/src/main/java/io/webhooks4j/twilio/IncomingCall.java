package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.FormParameters;

/**
 * A call asking for TwiML: an incoming call ringing, an answered outbound call fetching its instructions, or a
 * follow-up request of a call in progress ({@code <Redirect>}, a {@code <Dial>} action). Answer with
 * {@link TwiML#response()}; no reply sends an empty {@code <Response/>} (Twilio then hangs up).
 *
 * @param callSid {@code CallSid}
 * @param accountSid {@code AccountSid}
 * @param from {@code From} (the caller)
 * @param to {@code To} (the number called)
 * @param callStatus {@code CallStatus} ({@code ringing} for a new incoming call)
 * @param direction {@code Direction}
 * @param callerName {@code CallerName} (with caller-name lookup), or null
 * @param forwardedFrom {@code ForwardedFrom}, or null
 * @param parentCallSid {@code ParentCallSid}, or null
 * @param callToken {@code CallToken} (to forward the caller id), or null
 * @param stirVerstat {@code StirVerstat} (SHAKEN/STIR attestation), or null
 * @param dialCallStatus {@code DialCallStatus} of a {@code <Dial>} action request, or null
 * @param dialCallSid {@code DialCallSid}, or null
 * @param dialCallDuration {@code DialCallDuration} in seconds, or null
 * @param fromGeo the caller's {@code FromCity}, {@code FromState}, {@code FromZip}, {@code FromCountry}
 * @param toGeo the called number's {@code ToCity}, ...
 * @param apiVersion {@code ApiVersion}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every parameter as sent
 */
@ExplicitJson
@JsonPropertyOrder({"type"})
public record IncomingCall(
        @JsonProperty("callSid") String callSid,
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("callStatus") CallState callStatus,
        @JsonProperty("direction") CallDirection direction,
        @JsonProperty("callerName") String callerName,
        @JsonProperty("forwardedFrom") String forwardedFrom,
        @JsonProperty("parentCallSid") String parentCallSid,
        @JsonProperty("callToken") String callToken,
        @JsonProperty("stirVerstat") String stirVerstat,
        @JsonProperty("dialCallStatus") CallState dialCallStatus,
        @JsonProperty("dialCallSid") String dialCallSid,
        @JsonProperty("dialCallDuration") Integer dialCallDuration,
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
        return TwilioEvents.INCOMING_CALL.name();
    }

    /**
     * The token, else {@code CallSid:ringing} for the first request of an incoming call; null for later
     * requests of a call in progress (they share SID and status, and each needs its own answer).
     */
    @Override
    public String deliveryId() {
        CallState status = callStatus == CallState.RINGING && dialCallStatus == null ? callStatus : null;
        return WireValues.deliveryId(idempotencyToken, callSid, status, "ringing");
    }
}
