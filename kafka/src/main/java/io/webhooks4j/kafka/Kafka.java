package io.webhooks4j.kafka;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Settings and checks shared by the sink, the consumer and the dead-letter operations. */
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

    /**
     * The producer settings among {@code settings} (client settings meant for a consumer too are left out), with
     * what makes a record acknowledged stored: {@code acks=all}, idempotence, byte-array serializers.
     */
    static Map<String, Object> durableProducer(Map<String, ?> settings) {
        Map<String, Object> config = new HashMap<>();
        settings.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                config.put(name, value);
            }
        });
        requireUnset(config, ProducerConfig.ACKS_CONFIG, "all");
        requireUnset(config, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
