package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call asking for TwiML: an incoming call ringing, an answered outbound call fetching its instructions, or a
 * follow-up request of a call in progress ({@code <Redirect>}, a {@code <Dial>} action). Answer with {@link
 * io.webhooks4j.twilio.TwiML#response()}; no reply sends an empty {@code <Response/>} (Twilio then hangs up).
 *
 * @param call the call: SID, caller, number called, status, direction, their places
 * @param callerName {@code CallerName} (with caller-name lookup), or null
 * @param forwardedFrom {@code ForwardedFrom}, or null
 * @param parentCallSid {@code ParentCallSid}, or null
 * @param callToken {@code CallToken} (to forward the caller id), or null
 * @param stirVerstat {@code StirVerstat} (SHAKEN/STIR attestation), or null
 * @param dialCallStatus {@code DialCallStatus} of a {@code <Dial>} action request, or null
 * @param dialCallSid {@code DialCallSid}, or null
 * @param dialCallDuration {@code DialCallDuration} in seconds, or null
 */
@ExplicitJson
public record IncomingCall(
        @JsonProperty("call") @JsonUnwrapped Call call,
        @JsonProperty("callerName") @Nullable String callerName,
        @JsonProperty("forwardedFrom") @Nullable String forwardedFrom,
        @JsonProperty("parentCallSid") @Nullable String parentCallSid,
        @JsonProperty("callToken") @Nullable String callToken,
        @JsonProperty("stirVerstat") @Nullable String stirVerstat,
        @JsonProperty("dialCallStatus") @Nullable CallState dialCallStatus,
        @JsonProperty("dialCallSid") @Nullable String dialCallSid,
        @JsonProperty("dialCallDuration") @Nullable Integer dialCallDuration)
        implements TwilioRequest {
    public IncomingCall {
        Objects.requireNonNull(call, "call");
    }

    /**
     * True for the first request of an incoming call ({@code ringing}, not a {@code <Dial>} action): the one
     * request of a call that is never legitimately repeated with the same parameters.
     */
    public boolean isFirstRequest() {
        return call.callStatus() == CallState.RINGING && dialCallStatus == null;
    }
}
