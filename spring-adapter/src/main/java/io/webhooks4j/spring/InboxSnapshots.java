package io.webhooks4j.spring;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What the inbox holds (counts by state, the oldest due delivery), read with two queries and kept for a few seconds,
 * so that gauges scraped often (and by several registries, each gauge on its own) cost the database at most one
 * read per {@link #DEFAULT_MAX_AGE}. A failed read is kept as long, as a snapshot without values.
 */
final class InboxSnapshots {
    /** How long a snapshot serves the gauges. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(5);

    /**
     * What the inbox held at {@code at}.
     *
     * @param counts deliveries by state (every state a key); empty when the read failed
     * @param oldestDue the next attempt time of the oldest pending delivery that is due, or {@code null} when none
     *     is (or the read failed)
     * @param at when it was read
     * @param failure what the read failed with, or {@code null}
     */
    record Snapshot(
            Map<InboxState, Long> counts,
            @Nullable Instant oldestDue,
            Instant at,
            @Nullable RuntimeException failure) {
        /** How long the oldest due delivery has been waiting; zero when none is due. */
        Duration oldestDueAge() {
            return oldestDue == null || oldestDue.isAfter(at) ? Duration.ZERO : Duration.between(oldestDue, at);
        }

        long count(InboxState state) {
            return counts.getOrDefault(state, 0L);
        }
    }

    private final Inbox inbox;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos;
    private @Nullable Snapshot last;
    private long lastReadNanos;

    InboxSnapshots(Inbox inbox, Clock clock) {
        this(inbox, clock, System::nanoTime, DEFAULT_MAX_AGE);
    }

    InboxSnapshots(Inbox inbox, Clock clock, LongSupplier nanoTime, Duration maxAge) {
        this.inbox = inbox;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.maxAgeNanos = maxAge.toNanos();
    }

    Inbox inbox() {
        return inbox;
    }

    /** A snapshot at most {@link #DEFAULT_MAX_AGE} old (read now when the last one is older). */
    synchronized Snapshot cached() {
        Snapshot snapshot = last;
        if (snapshot == null || nanoTime.getAsLong() - lastReadNanos >= maxAgeNanos) {
            snapshot = read();
        }
        return snapshot;
    }

    /** A snapshot read now (it also serves the gauges from now on); its failure, if the read failed. */
    synchronized Snapshot read() {
        Instant now = clock.instant();
        Snapshot snapshot;
        try {
            Map<InboxState, Long> counts = new EnumMap<>(InboxState.class);
            for (InboxState state : InboxState.values()) {
                counts.put(state, 0L);
            }
            counts.putAll(inbox.counts());
            Instant oldest = inbox.oldestDue(now).orElse(null);
            snapshot = new Snapshot(Collections.unmodifiableMap(counts), oldest, now, null);
        } catch (RuntimeException e) {
            snapshot = new Snapshot(Map.of(), null, now, e);
        }
        last = snapshot;
        lastReadNanos = nanoTime.getAsLong();
        return snapshot;
    }

    @Override
    public String toString() {
        return "InboxSnapshots[" + inbox + "]";
    }
}
