package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A message's status ({@code MessageStatus}, {@code SmsStatus}). Values Twilio adds later read as {@link #UNKNOWN}.
 *
 * <p>Checked against the Message resource's status values in Twilio's docs and OpenAPI description: queued,
 * sending, sent, failed, delivered, undelivered, receiving, received, accepted, scheduled, read,
 * partially_delivered, canceled.
 */
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

    /** The constant for Twilio's value (any case, {@code -} or {@code _}); null when absent. */
    @JsonCreator
    public static @Nullable MessageState fromWire(@Nullable String value) {
        return WireValues.parse(MessageState.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code partially_delivered}. */
    @JsonValue
    public String wireValue() {
        return WireValues.wire(this, '_');
    }
}
