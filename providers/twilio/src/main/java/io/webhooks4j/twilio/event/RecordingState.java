package io.webhooks4j.twilio.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A recording's {@code RecordingStatus}. Values Twilio adds later read as {@link #UNKNOWN}.
 *
 * <p>Checked against Twilio's docs: a recording status callback sends in-progress, completed, absent, or failed
 * (encryption failed, with Voice Recording Encryption); the Recording resource also has paused, stopped,
 * processing and deleted (from Twilio's OpenAPI description), kept so a callback carrying one reads as itself.
 */
public enum RecordingState {
    IN_PROGRESS,
    PAUSED,
    STOPPED,
    PROCESSING,
    COMPLETED,
    ABSENT,
    FAILED,
    DELETED,
    /** A status this version does not know. */
    UNKNOWN;

    /** The constant for Twilio's value (any case, {@code -} or {@code _}); null when absent. */
    @JsonCreator
    public static @Nullable RecordingState fromWire(@Nullable String value) {
        return WireValues.parse(RecordingState.class, value, UNKNOWN);
    }

    /** As Twilio spells it: {@code in-progress}. */
    @JsonValue
    public String wireValue() {
        return WireValues.wire(this, '-');
    }
}
