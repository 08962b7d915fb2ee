package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A call's status ({@code CallStatus}, {@code DialCallStatus}). Values Twilio adds later read as {@link #UNKNOWN}.
 *
 * <p>Checked against Twilio's docs (Voice webhooks, the Call resource's status, and the {@code <Dial>} verb's
 * {@code DialCallStatus}): queued, initiated, ringing, in-progress, completed, busy, failed, no-answer, canceled,
 * and {@code answered}, which only {@code DialCallStatus} carries.
 */
public enum CallState {
    QUEUED,
    INITIATED,
    RINGING,
    IN_PROGRESS,
    COMPLETED,
    BUSY,
    FAILED,
    NO_ANSWER,
    CANCELED,
    /** {@code DialCallStatus} only: the {@code <Dial>} verb's docs list it beside {@code completed}. */
    ANSWERED,
    /** A status this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value (any case, {@code -} or {@code _}); null when absent. */
    @JsonCreator
    public static @Nullable CallState fromWire(@Nullable String value) {
        return WireValues.parse(CallState.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code no-answer}. */
    @JsonValue
    public String wireValue() {
        return WireValues.wire(this, '-');
    }

    /** True once the call has ended (completed, busy, failed, no answer, canceled). */
    public boolean isFinal() {
        return this == COMPLETED || this == BUSY || this == FAILED || this == NO_ANSWER || this == CANCELED;
    }
}
