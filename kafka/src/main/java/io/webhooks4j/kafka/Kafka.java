package io.webhooks4j.kafka;

import java.util.Locale;
import java.util.Map;

/** Checks shared by the producer and consumer builders. */
final class Kafka {
    private Kafka() {}

    /** Refuses a setting that would break the delivery promise, unless it is set to the value required anyway. */
    static void requireUnset(Map<String, Object> config, String name, String required) {
        Object value = config.get(name);
        if (value != null
                && !String.valueOf(value).trim().toLowerCase(Locale.ROOT).equals(required)) {
            throw new IllegalArgumentException(name + "=" + value + " is refused: webhooks4j needs " + name + "="
                    + required + " so that a delivery it acknowledged is not lost");
        }
    }
}
