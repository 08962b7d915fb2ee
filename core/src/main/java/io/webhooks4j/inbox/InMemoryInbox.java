package io.webhooks4j.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An inbox in this process's memory, for tests and for trying inbox mode out: <strong>not durable</strong> (what
 * it holds is lost when the process ends, so a delivery acknowledged but not yet handled is lost with it) and not
 * shared between processes. Use {@code JdbcInbox} in production.
 */
public final class InMemoryInbox implements Inbox {
    private final TreeMap<Long, InboxDelivery> byId = new TreeMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private long nextId = 1;

    private InMemoryInbox() {}

    public static InMemoryInbox create() {
        return new InMemoryInbox();
    }

    @Override
    public synchronized StoreResult store(NewDelivery d) {
        String key = d.provider() + "\u0000" + d.deduplicationKey();
        Long existing = byKey.get(key);
        if (existing != null) {
            return new StoreResult(existing, true);
        }
        long id = nextId++;
        byId.put(
                id,
                new InboxDelivery(
                        id,
                        d.provider(),
                        d.deduplicationKey(),
                        d.eventType(),
                        d.deliveryId(),
                        d.url(),
                        d.headers(),
                        d.body(),
                        d.keyId(),
                        d.signedAt(),
                        d.receivedAt(),
                        InboxState.PENDING,
                        0,
                        d.receivedAt(),
                        null,
                        null,
                        null,
                        null));
        byKey.put(key, id);
        return new StoreResult(id, false);
    }

    @Override
    public synchronized List<InboxDelivery> claim(String owner, int max, Instant now, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        if (max < 1 || max > 1000) {
            throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
        }
        List<InboxDelivery> due = new ArrayList<>();
        for (InboxDelivery d : byId.values()) {
            if (isDue(d, now)) {
                due.add(d);
            }
        }
        due.sort(Comparator.comparing(InMemoryInbox::dueAt).thenComparingLong(InboxDelivery::id));
        List<InboxDelivery> claimed = new ArrayList<>();
        for (InboxDelivery d : due.subList(0, Math.min(max, due.size()))) {
            InboxDelivery c =
                    with(d, InboxState.CLAIMED, d.attempts() + 1, null, d.lastError(), owner, now.plus(lease), null);
            byId.put(d.id(), c);
            claimed.add(c);
        }
        return claimed;
    }

    private static boolean isDue(InboxDelivery d, Instant now) {
        return (d.state() == InboxState.PENDING
                        && d.nextAttemptAt() != null
                        && !d.nextAttemptAt().isAfter(now))
                || (d.state() == InboxState.CLAIMED
                        && d.leaseUntil() != null
                        && d.leaseUntil().isBefore(now));
    }

    private static Instant dueAt(InboxDelivery d) {
        Instant at = d.state() == InboxState.PENDING ? d.nextAttemptAt() : d.leaseUntil();
        return at == null ? Instant.MIN : at;
    }

    @Override
    public synchronized boolean renew(long id, String owner, Instant leaseUntil) {
        InboxDelivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        byId.put(id, with(d, InboxState.CLAIMED, d.attempts(), null, d.lastError(), owner, leaseUntil, null));
        return true;
    }

    @Override
    public synchronized boolean complete(long id, String owner, Instant now) {
        InboxDelivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        byId.put(id, with(d, InboxState.DONE, d.attempts(), null, d.lastError(), null, null, now));
        return true;
    }

    @Override
    public synchronized boolean fail(long id, String owner, String error, Instant retryAt, Instant now) {
        Objects.requireNonNull(retryAt, "retryAt");
        InboxDelivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        byId.put(id, with(d, InboxState.PENDING, d.attempts(), retryAt, clip(error), null, null, null));
        return true;
    }

    @Override
    public synchronized boolean kill(long id, String owner, String error, Instant now) {
        InboxDelivery d = held(id, owner);
        if (d == null) {
            return false;
        }
        byId.put(id, with(d, InboxState.DEAD, d.attempts(), null, clip(error), null, null, now));
        return true;
    }

    private @Nullable InboxDelivery held(long id, String owner) {
        InboxDelivery d = byId.get(id);
        return d != null && d.state() == InboxState.CLAIMED && owner.equals(d.leaseOwner()) ? d : null;
    }

    @Override
    public synchronized Optional<InboxDelivery> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<InboxDelivery> list(InboxQuery query) {
        List<InboxDelivery> out = new ArrayList<>();
        for (InboxDelivery d : byId.descendingMap().values()) {
            if (query.matches(d)) {
                out.add(d);
                if (out.size() == query.limit()) {
                    break;
                }
            }
        }
        return out;
    }

    @Override
    public synchronized boolean retry(long id, Instant now) {
        InboxDelivery d = byId.get(id);
        if (d == null || d.state() == InboxState.CLAIMED) {
            return false;
        }
        byId.put(id, with(d, InboxState.PENDING, 0, now, d.lastError(), null, null, null));
        return true;
    }

    @Override
    public synchronized int retryDead(Instant now) {
        int n = 0;
        for (InboxDelivery d : List.copyOf(byId.values())) {
            if (d.state() == InboxState.DEAD && retry(d.id(), now)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized int replay(Instant since, Instant now) {
        int n = 0;
        for (InboxDelivery d : List.copyOf(byId.values())) {
            if (d.state() == InboxState.DONE && !d.receivedAt().isBefore(since) && retry(d.id(), now)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized int purge(InboxState state, Instant before) {
        if (state != InboxState.DONE && state != InboxState.DEAD) {
            throw new IllegalArgumentException("Only done or dead deliveries can be purged, not " + state.code());
        }
        int n = 0;
        for (InboxDelivery d : List.copyOf(byId.values())) {
            if (d.state() == state && d.completedAt() != null && d.completedAt().isBefore(before)) {
                byId.remove(d.id());
                byKey.remove(d.provider() + "\u0000" + d.deduplicationKey());
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized Map<InboxState, Long> counts() {
        Map<InboxState, Long> counts = new EnumMap<>(InboxState.class);
        for (InboxState s : InboxState.values()) {
            counts.put(s, 0L);
        }
        for (InboxDelivery d : byId.values()) {
            counts.merge(d.state(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public synchronized Optional<Instant> oldestDue(Instant now) {
        return byId.values().stream()
                .filter(d -> d.state() == InboxState.PENDING
                        && d.nextAttemptAt() != null
                        && !d.nextAttemptAt().isAfter(now))
                .map(InboxDelivery::nextAttemptAt)
                .min(Comparator.naturalOrder());
    }

    /** False: this inbox lives in memory. */
    @Override
    public boolean isDurable() {
        return false;
    }

    private static String clip(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    private static InboxDelivery with(
            InboxDelivery d,
            InboxState state,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable String leaseOwner,
            @Nullable Instant leaseUntil,
            @Nullable Instant completedAt) {
        return new InboxDelivery(
                d.id(),
                d.provider(),
                d.deduplicationKey(),
                d.eventType(),
                d.deliveryId(),
                d.url(),
                d.headers(),
                d.body(),
                d.keyId(),
                d.signedAt(),
                d.receivedAt(),
                state,
                attempts,
                nextAttemptAt,
                lastError,
                leaseOwner,
                leaseUntil,
                completedAt);
    }

    @Override
    public String toString() {
        return "InMemoryInbox (not durable)";
    }
}
