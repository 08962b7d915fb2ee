package io.webhooks4j.twilio;

/** A recording's {@code RecordingStatus}. Values Twilio adds later read as {@link #UNKNOWN}. */
public enum RecordingState {
    IN_PROGRESS,
    COMPLETED,
    ABSENT,
    FAILED,
    /** A status this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value; null when absent. */
    public static RecordingState fromWire(String value) {
        return WireValues.parse(RecordingState.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code in-progress}. */
    public String wireValue() {
        return WireValues.wire(this, '-');
    }
}
