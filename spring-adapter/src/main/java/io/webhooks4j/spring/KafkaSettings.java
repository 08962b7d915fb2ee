package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;
import io.webhooks4j.kafka.KafkaInboxConsumer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The Kafka engine's settings: the client settings reused from Spring Boot's {@code spring.kafka.*} (read here, so
 * spring-kafka is not needed), the engine's own from {@code webhooks.inbox.kafka.*}, each checked with its property
 * named.
 */
final class KafkaSettings {
    private KafkaSettings() {}

    /**
     * {@code spring.kafka.bootstrap-servers} (default {@code localhost:9092}, as Spring Boot's), {@code
     * spring.kafka.client-id}, {@code spring.kafka.security.protocol} and every {@code spring.kafka.properties.*}.
     */
    static Map<String, Object> client(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, Object> settings = new LinkedHashMap<>();
        binder.bind("spring.kafka.properties", Bindable.mapOf(String.class, String.class))
                .ifBound(settings::putAll);
        List<String> servers = binder.bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
                .orElse(List.of("localhost:9092"));
        settings.put("bootstrap.servers", String.join(",", servers));
        binder.bind("spring.kafka.client-id", String.class).ifBound(id -> settings.put("client.id", id));
        binder.bind("spring.kafka.security.protocol", String.class)
                .ifBound(protocol -> settings.put("security.protocol", protocol));
        return settings;
    }

    static String topic(WebhooksProperties properties) {
        String topic = properties.getInbox().getKafka().getTopic();
        if (topic == null || topic.isBlank()) {
            throw invalid(
                    "webhooks.inbox.kafka.topic is empty",
                    "Set webhooks.inbox.kafka.topic to the topic deliveries are stored in (default webhooks4j.deliveries).");
        }
        return topic.strip();
    }

    static KafkaInboxConsumer consumer(Webhooks webhooks, WebhooksProperties properties, Environment environment) {
        WebhooksProperties.Kafka kafka = properties.getInbox().getKafka();
        if (kafka.getLanes() < 1 || kafka.getLanes() > 1_024) {
            throw invalid(
                    "webhooks.inbox.kafka.lanes must be between 1 and 1024, was " + kafka.getLanes(),
                    "Set webhooks.inbox.kafka.lanes to the consumer's worker threads (default 4).");
        }
        if (kafka.getMaxAttempts() < 1) {
            throw invalid(
                    "webhooks.inbox.kafka.max-attempts must be at least 1, was " + kafka.getMaxAttempts(),
                    "Set webhooks.inbox.kafka.max-attempts to the attempts before the dead-letter topic (default 8).");
        }
        Duration initial = kafka.getInitialBackoff();
        Duration max = kafka.getMaxBackoff();
        if (initial == null || initial.isNegative() || initial.isZero() || max == null || max.compareTo(initial) < 0) {
            throw invalid(
                    "webhooks.inbox.kafka.initial-backoff (" + initial + ") must be positive and at most"
                            + " webhooks.inbox.kafka.max-backoff (" + max + ")",
                    "Set them to durations such as 1s and 1m (the defaults).");
        }
        String groupId = kafka.getGroupId();
        if (groupId == null || groupId.isBlank()) {
            throw invalid(
                    "webhooks.inbox.kafka.group-id is empty", "Set it to the consumer group (default webhooks4j).");
        }
        KafkaInboxConsumer.Builder builder = KafkaInboxConsumer.builder(webhooks)
                .properties(client(environment))
                .topic(topic(properties))
                .groupId(groupId.strip())
                .lanes(kafka.getLanes())
                .retryPolicy(KafkaInboxConsumer.DEFAULT_RETRY_POLICY
                        .withInitialBackoff(initial)
                        .withMaxBackoff(max)
                        .withMaxAttempts(kafka.getMaxAttempts()));
        if (kafka.getDeadLetterTopic() != null && !kafka.getDeadLetterTopic().isBlank()) {
            builder.deadLetterTopic(kafka.getDeadLetterTopic().strip());
        }
        return builder.build();
    }

    private static WebhooksSetupException invalid(String description, String action) {
        return new WebhooksSetupException(WebhooksSetupException.Kind.INVALID_SETTING, description, action);
    }
}
