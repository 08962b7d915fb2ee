package io.webhooks4j;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A bounded ledger in this process's memory: done deliveries are remembered for a retention period (default
 * 72 hours, Stripe's retry window), claims in flight expire after a lease (default 5 minutes, so a crashed
 * handler's delivery is processed on the retry), and at most a maximum number of entries are kept (default
 * 100,000; the oldest go first). For one instance; several instances share a JDBC ledger.
 */
public final class InMemoryDeliveryLedger implements DeliveryLedger {
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;
    private final int maxEntries;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(boolean done, String token, Instant expires) {}

    private InMemoryDeliveryLedger(Builder b) {
        this.clock = b.clock;
        this.retention = b.retention;
        this.lease = b.lease;
        this.maxEntries = b.maxEntries;
    }

    /** A ledger with the defaults. */
    public static InMemoryDeliveryLedger create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String key(String provider, String deliveryId) {
        return provider + '\u0000' + deliveryId;
    }

    @Override
    public synchronized Claim claim(String provider, String deliveryId) {
        Instant now = clock.instant();
        evictExpired(now);
        String key = key(provider, deliveryId);
        Entry existing = entries.get(key);
        if (existing != null && existing.expires.isAfter(now)) {
            return new Claim(
                    provider, deliveryId, existing.done ? Claim.Status.DONE : Claim.Status.IN_FLIGHT, existing.token);
        }
        String token = UUID.randomUUID().toString();
        entries.remove(key);
        entries.put(key, new Entry(false, token, now.plus(lease)));
        while (entries.size() > maxEntries) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return new Claim(provider, deliveryId, Claim.Status.CLAIMED, token);
    }

    @Override
    public synchronized void complete(Claim claim) {
        String key = key(claim.provider(), claim.deliveryId());
        Entry existing = entries.get(key);
        if (existing != null && existing.token.equals(claim.token())) {
            entries.remove(key);
            entries.put(key, new Entry(true, claim.token(), clock.instant().plus(retention)));
        }
    }

    @Override
    public synchronized void release(Claim claim) {
        String key = key(claim.provider(), claim.deliveryId());
        Entry existing = entries.get(key);
        if (existing != null && existing.token.equals(claim.token())) {
            entries.remove(key);
        }
    }

    /** Entries currently held (done and in flight). */
    public synchronized int size() {
        return entries.size();
    }

    private void evictExpired(Instant now) {
        // Entries are in insertion order, not expiry order; scan a few from the head each call to stay O(1)
        // amortised, and rely on maxEntries as the hard bound.
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        for (int scanned = 0; it.hasNext() && scanned < 8; scanned++) {
            if (!it.next().getValue().expires.isAfter(now)) {
                it.remove();
            }
        }
    }

    @Override
    public String toString() {
        return "InMemoryDeliveryLedger[retention=" + retention + ", lease=" + lease + ", maxEntries=" + maxEntries
                + "]";
    }

    /** Builds an {@link InMemoryDeliveryLedger}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration retention = Duration.ofHours(72);
        private Duration lease = Duration.ofMinutes(5);
        private int maxEntries = 100_000;

        private Builder() {}

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a done delivery is remembered. */
        public Builder retention(Duration retention) {
            this.retention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /** How long a claim in flight holds before another request may take it over. */
        public Builder lease(Duration lease) {
            this.lease = Objects.requireNonNull(lease, "lease");
            return this;
        }

        public Builder maxEntries(int maxEntries) {
            this.maxEntries = maxEntries;
            return this;
        }

        public InMemoryDeliveryLedger build() {
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("retention must be positive, was " + retention);
            }
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("lease must be positive, was " + lease);
            }
            if (maxEntries < 1) {
                throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
            }
            return new InMemoryDeliveryLedger(this);
        }
    }
}
