package io.webhooks4j.twilio;

import java.util.Locale;

/** Twilio's status strings ({@code no-answer}, {@code partially_delivered}) and delivery ids. */
final class WireValues {
    private WireValues() {}

    /** The constant for {@code wire}; {@code unknown} for an unrecognised value, null when absent or empty. */
    static <T extends Enum<T>> T parse(Class<T> type, String wire, T unknown) {
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

    /**
     * The delivery id shown to users (not the de-duplication key, which comes from signed content):
     * {@code idempotencyToken} when present, else {@code sid:wireStatus} when both are known, else null.
     */
    static String deliveryId(String idempotencyToken, String sid, Enum<?> status, String wireStatus) {
        if (idempotencyToken != null && !idempotencyToken.isBlank()) {
            return idempotencyToken;
        }
        if (sid == null || sid.isEmpty() || status == null) {
            return null;
        }
        return sid + ":" + wireStatus;
    }
}
