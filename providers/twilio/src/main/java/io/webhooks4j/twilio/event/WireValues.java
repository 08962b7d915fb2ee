package io.webhooks4j.twilio.event;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Twilio's status strings ({@code no-answer}, {@code partially_delivered}) for the status enums. */
final class WireValues {
    private WireValues() {}

    /** The constant for {@code wire}; {@code unknown} for an unrecognised value, null when absent or empty. */
    static <T extends Enum<T>> @Nullable T parse(Class<T> type, @Nullable String wire, T unknown) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        String name = wire.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (T constant : type.getEnumConstants()) {
            if (constant.name().equals(name) && constant != unknown) {
                return constant;
            }
        }
        return unknown;
    }

    static String wire(Enum<?> constant, char separator) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', separator);
    }
}
