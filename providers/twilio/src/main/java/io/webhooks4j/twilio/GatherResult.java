package io.webhooks4j.twilio;

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
public record GatherResult(
        String callSid,
        String accountSid,
        String from,
        String to,
        CallState callStatus,
        CallDirection direction,
        String digits,
        String finishedOnKey,
        String speechResult,
        BigDecimal confidence,
        String apiVersion,
        String idempotencyToken,
        FormParameters parameters)
        implements TwilioRequest {
    @Override
    public String type() {
        return TwilioEvents.GATHER.name();
    }

    /** The token; null without it (one call can gather many times with the same SID and status). */
    @Override
    public String deliveryId() {
        return WireValues.deliveryId(idempotencyToken, null, null, null);
    }
}
