package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.webhooks4j.twilio.internal.ExplicitJson;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@code <Gather>}: the keys pressed and/or the speech recognised. Twilio asks for TwiML; no
 * reply sends an empty {@code <Response/>}.
 *
 * @param call the call: SID, caller, number called, status, direction, their places
 * @param digits {@code Digits}, the keys pressed, or null
 * @param finishedOnKey {@code FinishedOnKey}, or null
 * @param speechResult {@code SpeechResult}, the transcribed speech, or null
 * @param confidence {@code Confidence} of the transcription, 0 to 1, or null
 */
@ExplicitJson
public record GatherResult(
        @JsonProperty("call") @JsonUnwrapped Call call,
        @JsonProperty("digits") @Nullable String digits,
        @JsonProperty("finishedOnKey") @Nullable String finishedOnKey,
        @JsonProperty("speechResult") @Nullable String speechResult,
        @JsonProperty("confidence") @Nullable BigDecimal confidence)
        implements TwilioRequest {
    public GatherResult {
        Objects.requireNonNull(call, "call");
    }
}
