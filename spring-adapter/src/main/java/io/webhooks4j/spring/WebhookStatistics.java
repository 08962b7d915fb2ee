package io.webhooks4j.spring;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.Webhooks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts deliveries by provider and outcome and keeps the last {@value #RECENT} rejections, for the Actuator
 * endpoint. Bounded whatever a sender sends: deliveries to a provider that is not configured count under
 * {@code unknown}, and rejections are kept as reason codes, statuses and times, never their messages (which
 * may quote the sender's path or headers).
 */
final class WebhookStatistics implements WebhookObserver {
    static final int RECENT = 20;

    private final Set<String> providers;
    private final Clock clock;
    private final Map<String, Map<DeliveryOutcome.Kind, LongAdder>> counts = new ConcurrentHashMap<>();
    private final Map<Reason, LongAdder> byReason = new ConcurrentHashMap<>();
    private final Deque<WebhooksEndpoint.Rejection> rejections = new ArrayDeque<>();

    WebhookStatistics(Set<String> providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    public void onOutcome(DeliveryOutcome outcome) {
        String provider = providers.contains(outcome.provider()) ? outcome.provider() : Webhooks.UNKNOWN_PROVIDER;
        counts.computeIfAbsent(provider, p -> {
                    Map<DeliveryOutcome.Kind, LongAdder> byKind = new EnumMap<>(DeliveryOutcome.Kind.class);
                    for (DeliveryOutcome.Kind kind : DeliveryOutcome.Kind.values()) {
                        byKind.put(kind, new LongAdder());
                    }
                    return byKind;
                })
                .get(outcome.kind())
                .increment();
        if (outcome.kind() == DeliveryOutcome.Kind.REJECTED) {
            // the reason code only: a rejection's message may quote what the sender sent (a path, a header)
            if (outcome.reason() != null) {
                byReason.computeIfAbsent(outcome.reason(), r -> new LongAdder()).increment();
            }
            WebhooksEndpoint.Rejection rejection = new WebhooksEndpoint.Rejection(
                    Instant.now(clock),
                    provider,
                    outcome.reason() == null ? null : outcome.reason().code(),
                    outcome.status());
            synchronized (rejections) {
                rejections.addFirst(rejection);
                while (rejections.size() > RECENT) {
                    rejections.removeLast();
                }
            }
        }
    }

    /** Counts by provider, then by outcome code. */
    Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> snapshot = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Long> byKind = new LinkedHashMap<>();
            e.getValue().forEach((kind, count) -> byKind.put(kind.code(), count.sum()));
            snapshot.put(e.getKey(), byKind);
        });
        return snapshot;
    }

    /** Totals by outcome code, across providers. */
    Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (DeliveryOutcome.Kind kind : DeliveryOutcome.Kind.values()) {
            long sum = 0;
            for (Map<DeliveryOutcome.Kind, LongAdder> byKind : counts.values()) {
                sum += byKind.get(kind).sum();
            }
            totals.put(kind.code(), sum);
        }
        return totals;
    }

    /** Rejections by reason code, in the order of the reasons. */
    Map<String, Long> rejectionsByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Reason reason : Reason.values()) {
            LongAdder count = byReason.get(reason);
            if (count != null) {
                counts.put(reason.code(), count.sum());
            }
        }
        return counts;
    }

    /** The most recent rejections, newest first. */
    List<WebhooksEndpoint.Rejection> recentRejections() {
        synchronized (rejections) {
            return new ArrayList<>(rejections);
        }
    }

    @Override
    public String toString() {
        return "WebhookStatistics" + providers;
    }
}
