package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A call's {@code Direction}. Values Twilio adds later read as {@link #UNKNOWN}.
 *
 * <p>Checked against the Call resource's direction values: inbound, outbound-api, outbound-dial,
 * trunking-originating, trunking-terminating.
 */
public enum CallDirection {
    INBOUND,
    OUTBOUND_API,
    OUTBOUND_DIAL,
    TRUNKING_ORIGINATING,
    TRUNKING_TERMINATING,
    /** A direction this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value (any case, {@code -} or {@code _}); null when absent. */
    @JsonCreator
    public static @Nullable CallDirection fromWire(@Nullable String value) {
        return WireValues.parse(CallDirection.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code outbound-api}. */
    @JsonValue
    public String wireValue() {
        return WireValues.wire(this, '-');
    }
}
