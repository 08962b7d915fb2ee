package io.webhooks4j.twilio;

/** A message's status ({@code MessageStatus}, {@code SmsStatus}). Values Twilio adds later read as {@link #UNKNOWN}. */
public enum MessageState {
    ACCEPTED,
    SCHEDULED,
    CANCELED,
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    DELIVERED,
    UNDELIVERED,
    RECEIVING,
    RECEIVED,
    READ,
    PARTIALLY_DELIVERED,
    /** A status this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value; null when absent. */
    public static MessageState fromWire(String value) {
        return WireValues.parse(MessageState.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code partially_delivered}. */
    public String wireValue() {
        return WireValues.wire(this, '_');
    }
}
