package io.webhooks4j.twilio;

/** A call's {@code Direction}. Values Twilio adds later read as {@link #UNKNOWN}. */
public enum CallDirection {
    INBOUND,
    OUTBOUND_API,
    OUTBOUND_DIAL,
    TRUNKING_ORIGINATING,
    TRUNKING_TERMINATING,
    /** A direction this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value; null when absent. */
    public static CallDirection fromWire(String value) {
        return WireValues.parse(CallDirection.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code outbound-api}. */
    public String wireValue() {
        return WireValues.wire(this, '-');
    }
}
