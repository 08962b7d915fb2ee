package io.webhooks4j.spring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.webhooks4j.inbox.InboxState;
import java.util.concurrent.TimeUnit;

/**
 * The inbox's gauges: {@code webhooks.inbox.deliveries} by {@code state}, {@code webhooks.inbox.oldest.due.age}
 * (how long the oldest due delivery has waited, in seconds; 0 when none is due) and {@code webhooks.inbox.dead}.
 * They read one {@link InboxSnapshots snapshot}, refreshed at most every few seconds however often they are
 * scraped; while the inbox cannot be read they are NaN. The workers' attempts are counted by {@link
 * MicrometerWebhookObserver} ({@code webhooks.inbox.attempts}).
 */
final class InboxMetrics {
    static final String DELIVERIES = "webhooks.inbox.deliveries";
    static final String OLDEST_DUE_AGE = "webhooks.inbox.oldest.due.age";
    static final String DEAD = "webhooks.inbox.dead";

    private final InboxSnapshots snapshots;

    InboxMetrics(InboxSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Registers the gauges in {@code registry}. */
    void bindTo(MeterRegistry registry) {
        for (InboxState state : InboxState.values()) {
            Gauge.builder(DELIVERIES, snapshots, s -> count(s, state))
                    .description("Deliveries in the webhooks inbox, by state")
                    .tag("state", state.code())
                    .baseUnit("deliveries")
                    .strongReference(true)
                    .register(registry);
        }
        TimeGauge.builder(OLDEST_DUE_AGE, snapshots, TimeUnit.SECONDS, InboxMetrics::oldestDueAgeSeconds)
                .description("How long the oldest due delivery of the webhooks inbox has waited for a worker")
                .strongReference(true)
                .register(registry);
        Gauge.builder(DEAD, snapshots, s -> count(s, InboxState.DEAD))
                .description("Dead deliveries of the webhooks inbox, waiting for an operator to retry or purge them")
                .baseUnit("deliveries")
                .strongReference(true)
                .register(registry);
    }

    private static double count(InboxSnapshots snapshots, InboxState state) {
        InboxSnapshots.Snapshot snapshot = snapshots.cached();
        return snapshot.failure() != null ? Double.NaN : snapshot.count(state);
    }

    private static double oldestDueAgeSeconds(InboxSnapshots snapshots) {
        InboxSnapshots.Snapshot snapshot = snapshots.cached();
        return snapshot.failure() != null ? Double.NaN : snapshot.oldestDueAge().toMillis() / 1000.0;
    }

    @Override
    public String toString() {
        return "InboxMetrics[" + snapshots.inbox() + "]";
    }
}
