package io.webhooks4j.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.Webhooks;
import java.util.Map;
import java.util.Set;

/**
 * Records every delivery received in the timer {@code webhooks.deliveries}, tagged {@code provider}, {@code
 * event.type}, {@code outcome}, {@code reason} and {@code key.id}, and every attempt of an inbox worker in the
 * counter {@code webhooks.inbox.attempts}, tagged {@code provider}, {@code event.type} and {@code outcome} ({@code
 * handled}, {@code retrying}, {@code dead}). Every tag value comes from a bounded set, whatever a sender sends: a
 * provider that is not configured is {@code unknown}, an event type outside the provider's catalogue is {@code
 * other}, an absent value is {@code none}.
 */
final class MicrometerWebhookObserver implements WebhookObserver {
    static final String METER = "webhooks.deliveries";
    static final String NONE = "none";
    static final String ATTEMPTS = "webhooks.inbox.attempts";

    private final MeterRegistry registry;
    private final Map<String, Set<String>> eventTypes;
    private final Map<String, Set<String>> keyIds;

    /**
     * @param eventTypes the catalogue names of each configured provider
     * @param keyIds the key ids of each configured provider
     */
    MicrometerWebhookObserver(
            MeterRegistry registry, Map<String, Set<String>> eventTypes, Map<String, Set<String>> keyIds) {
        this.registry = registry;
        this.eventTypes = eventTypes;
        this.keyIds = keyIds;
    }

    @Override
    public void onOutcome(DeliveryOutcome outcome) {
        String provider = eventTypes.containsKey(outcome.provider()) ? outcome.provider() : Webhooks.UNKNOWN_PROVIDER;
        String type = outcome.eventType() == null
                ? NONE
                : eventTypes.getOrDefault(provider, Set.of()).contains(outcome.eventType())
                        ? outcome.eventType()
                        : "other";
        String attempt = workerAttempt(outcome);
        if (attempt != null) {
            // a worker's attempt at a stored delivery: not a delivery received (that was counted as stored)
            Counter.builder(ATTEMPTS)
                    .description("Attempts of the webhooks inbox workers at stored deliveries, by outcome")
                    .tag("provider", provider)
                    .tag("event.type", type)
                    .tag("outcome", attempt)
                    .register(registry)
                    .increment();
            return;
        }
        String keyId = outcome.keyId() == null
                ? NONE
                : keyIds.getOrDefault(provider, Set.of()).contains(outcome.keyId()) ? outcome.keyId() : "other";
        Timer.builder(METER)
                .description("Webhook deliveries received, by outcome")
                .tag("provider", provider)
                .tag("event.type", type)
                .tag("outcome", outcome.kind().code())
                .tag(
                        "reason",
                        outcome.reason() == null ? NONE : outcome.reason().code())
                .tag("key.id", keyId)
                .register(registry)
                .record(outcome.duration());
    }

    /**
     * {@code handled}, {@code retrying} or {@code dead} for what an inbox worker did (the core reports it with
     * status 0: there is no HTTP answer), {@code null} for a delivery received.
     */
    static @org.jspecify.annotations.Nullable String workerAttempt(DeliveryOutcome outcome) {
        if (outcome.status() != 0) {
            return null;
        }
        return switch (outcome.kind()) {
            case HANDLED, ACKNOWLEDGED -> "handled";
            case RETRYING -> "retrying";
            case DEAD -> "dead";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "MicrometerWebhookObserver[" + METER + "]";
    }
}
