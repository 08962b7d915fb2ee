package io.webhooks4j.twilio;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.webhooks4j.FormParameters;
import java.math.BigDecimal;

/**
 * The answer to a {@code <Gather>}: the keys pressed and/or the speech recognised. Twilio asks for TwiML; no
 * reply sends an empty {@code <Response/>}.
 *
 * @param callSid {@code CallSid}
 * @param accountSid {@code AccountSid}
 * @param from {@code From}
 * @param to {@code To}
 * @param callStatus {@code CallStatus}
 * @param direction {@code Direction}
 * @param digits {@code Digits}, the keys pressed, or null
 * @param finishedOnKey {@code FinishedOnKey}, or null
 * @param speechResult {@code SpeechResult}, the transcribed speech, or null
 * @param confidence {@code Confidence} of the transcription, 0 to 1, or null
 * @param apiVersion {@code ApiVersion}
 * @param idempotencyToken the {@code I-Twilio-Idempotency-Token} header, or null
 * @param parameters every parameter as sent
 */
@ExplicitJson
@JsonPropertyOrder({"type"})
public record GatherResult(
        @JsonProperty("callSid") String callSid,
        @JsonProperty("accountSid") String accountSid,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("callStatus") CallState callStatus,
        @JsonProperty("direction") CallDirection direction,
        @JsonProperty("digits") String digits,
        @JsonProperty("finishedOnKey") String finishedOnKey,
        @JsonProperty("speechResult") String speechResult,
        @JsonProperty("confidence") BigDecimal confidence,
        @JsonProperty("apiVersion") String apiVersion,
        @JsonProperty("idempotencyToken") String idempotencyToken,

        @JsonProperty("parameters") @JsonSerialize(using = ParametersJson.Serializer.class)
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    @JsonProperty("type")
    public String type() {
        return TwilioEvents.GATHER.name();
    }

    /** The token; null without it (one call can gather many times with the same SID and status). */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(idempotencyToken, null, null, null);
    }
}
