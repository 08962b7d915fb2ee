package io.webhooks4j;

import io.webhooks4j.internal.Crypto;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded ledger in this process's memory: done deliveries are remembered for a retention period (default
 * 72 hours, Stripe's retry window), claims in flight expire after a lease (default 5 minutes, so a crashed
 * handler's delivery is processed on the retry). For one instance; several instances share a JDBC ledger.
 *
 * <p><b>Capacity.</b> Each provider has its own partition of at most {@link Builder#maxEntries(int)
 * maxEntries} entries (default 100,000), so one provider's traffic never evicts another's. An entry holds a
 * SHA-256 digest of the key, not the key, so it costs the same (about 150 bytes) however long the key is:
 * 100,000 entries take about 15 MiB per provider. When a partition is full, its oldest entry goes (a done
 * delivery older than every other one); a retry of that delivery arriving later would run its handlers
 * again. The pipeline de-duplicates on keys derived from signed content, so filling a partition takes that
 * many distinct authentic deliveries within the retention, which a replaying attacker cannot produce; size
 * {@code maxEntries} above your busiest provider's deliveries per retention period.
 */
public final class InMemoryDeliveryLedger implements DeliveryLedger {
    /** Tells tokens of two ledgers apart (a claim completed on the wrong ledger does nothing). */
    private final String tokenPrefix =
            Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "-";

    private long claims;
    private final Clock clock;
    private final Duration retention;
    private final Duration lease;
    private final int maxEntries;
    private final Map<String, LinkedHashMap<Digest, Entry>> partitions = new HashMap<>();

    private record Entry(boolean done, String token, Instant expires) {}

    /** SHA-256 of a key: fixed size whatever the key's length. */
    private record Digest(long a, long b, long c, long d) {
        static Digest of(String key) {
            ByteBuffer hash = ByteBuffer.wrap(Crypto.sha256(key.getBytes(StandardCharsets.UTF_8)));
            return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
        }
    }

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

    @Override
    public synchronized Claim claim(String provider, String deliveryId) {
        Instant now = clock.instant();
        LinkedHashMap<Digest, Entry> entries = partitions.computeIfAbsent(provider, p -> new LinkedHashMap<>());
        evictExpired(entries, now);
        Digest key = Digest.of(deliveryId);
        Entry existing = entries.get(key);
        if (existing != null && existing.expires.isAfter(now)) {
            return new Claim(
                    provider, deliveryId, existing.done ? Claim.Status.DONE : Claim.Status.IN_FLIGHT, existing.token);
        }
        // unique within this ledger, which is all a token must be (it tells this claim from a later one)
        String token = tokenPrefix + Long.toString(++claims, 36);
        entries.remove(key);
        entries.put(key, new Entry(false, token, now.plus(lease)));
        while (entries.size() > maxEntries) {
            Iterator<Digest> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return new Claim(provider, deliveryId, Claim.Status.CLAIMED, token);
    }

    @Override
    public synchronized void complete(Claim claim) {
        LinkedHashMap<Digest, Entry> entries = partitions.get(claim.provider());
        if (entries == null) {
            return;
        }
        Digest key = Digest.of(claim.deliveryId());
        Entry existing = entries.get(key);
        if (existing != null && existing.token.equals(claim.token())) {
            entries.remove(key);
            entries.put(key, new Entry(true, claim.token(), clock.instant().plus(retention)));
        }
    }

    @Override
    public synchronized void release(Claim claim) {
        LinkedHashMap<Digest, Entry> entries = partitions.get(claim.provider());
        if (entries == null) {
            return;
        }
        Digest key = Digest.of(claim.deliveryId());
        Entry existing = entries.get(key);
        if (existing != null && existing.token.equals(claim.token())) {
            entries.remove(key);
        }
    }

    /** Entries currently held (done and in flight) for {@code provider}. */
    public synchronized int size(String provider) {
        LinkedHashMap<Digest, Entry> entries = partitions.get(provider);
        return entries == null ? 0 : entries.size();
    }

    /** Entries currently held (done and in flight). */
    public synchronized int size() {
        return partitions.values().stream().mapToInt(Map::size).sum();
    }

    private static void evictExpired(LinkedHashMap<Digest, Entry> entries, Instant now) {
        // Entries are in insertion order, not expiry order; scan a few from the head each call to stay O(1)
        // amortised, and rely on maxEntries as the hard bound.
        Iterator<Map.Entry<Digest, Entry>> it = entries.entrySet().iterator();
        for (int scanned = 0; it.hasNext() && scanned < 8; scanned++) {
            if (!it.next().getValue().expires.isAfter(now)) {
                it.remove();
            }
        }
    }

    @Override
    public String toString() {
        return "InMemoryDeliveryLedger[retention=" + retention + ", lease=" + lease + ", maxEntries per provider="
                + maxEntries
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

        /** The most entries kept per provider (see the class's note on capacity); 100,000 by default. */
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
