package io.webhooks4j.twilio;

/** A call's status ({@code CallStatus}, {@code DialCallStatus}). Values Twilio adds later read as {@link #UNKNOWN}. */
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
    /** A status this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value; null when absent. */
    public static CallState fromWire(String value) {
        return WireValues.parse(CallState.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code no-answer}. */
    public String wireValue() {
        return WireValues.wire(this, '-');
    }

    /** True once the call has ended (completed, busy, failed, no answer, canceled). */
    public boolean isFinal() {
        return this == COMPLETED || this == BUSY || this == FAILED || this == NO_ANSWER || this == CANCELED;
    }
}
