package io.webhooks4j.benchmarks.load;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxDelivery;
import io.webhooks4j.inbox.InboxQuery;
import io.webhooks4j.inbox.InboxState;
import io.webhooks4j.inbox.NewDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link Inbox} that passes every call to another one unchanged and, while a {@link Window} is set, times {@link
 * #store}, {@link #claim} and {@link #complete}: where the request threads and the workers spend their time in the
 * database. For {@link InboxLoad} only.
 */
final class TimedInbox implements Inbox {
    private final Inbox inbox;
    private volatile Window window;

    TimedInbox(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The calls of one stretch of time. */
    static final class Window {
        final Timings stores = new Timings();
        final Timings claims = new Timings();
        final Timings completes = new Timings();
    }

    /** Times the calls from now on into {@code window} ({@code null}: stops timing). */
    void record(Window window) {
        this.window = window;
    }

    /** Durations of one kind of call, in nanoseconds. */
    static final class Timings {
        private long[] nanos = new long[4096];
        private int count;
        private int empty;

        synchronized void add(long duration, boolean returnedNothing) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = duration;
            if (returnedNothing) {
                empty++;
            }
        }

        /** "n calls, p50 / p99 / max ms" (and how many returned nothing, when {@code withEmpty}). */
        synchronized String summary(boolean withEmpty) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return String.format(
                    Locale.ROOT,
                    "%,d calls, p50 %.2f / p99 %.2f / max %.1f ms%s",
                    count,
                    at(sorted, 50) / 1e6,
                    at(sorted, 99) / 1e6,
                    count == 0 ? Double.NaN : sorted[count - 1] / 1e6,
                    withEmpty ? String.format(Locale.ROOT, " (%,d found nothing due)", empty) : "");
        }

        private static double at(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)];
        }
    }

    @Override
    public StoreResult store(NewDelivery delivery) {
        long start = System.nanoTime();
        StoreResult result = inbox.store(delivery);
        Window w = window;
        if (w != null) {
            w.stores.add(System.nanoTime() - start, false);
        }
        return result;
    }

    @Override
    public List<InboxDelivery> claim(String owner, int max, Instant now, Duration lease) {
        long start = System.nanoTime();
        List<InboxDelivery> claimed = inbox.claim(owner, max, now, lease);
        Window w = window;
        if (w != null) {
            w.claims.add(System.nanoTime() - start, claimed.isEmpty());
        }
        return claimed;
    }

    @Override
    public boolean renew(long id, String owner, Instant leaseUntil) {
        return inbox.renew(id, owner, leaseUntil);
    }

    @Override
    public boolean complete(long id, String owner, Instant now) {
        long start = System.nanoTime();
        boolean completed = inbox.complete(id, owner, now);
        Window w = window;
        if (w != null) {
            w.completes.add(System.nanoTime() - start, false);
        }
        return completed;
    }

    @Override
    public boolean fail(long id, String owner, String error, Instant retryAt, Instant now) {
        return inbox.fail(id, owner, error, retryAt, now);
    }

    @Override
    public boolean kill(long id, String owner, String error, Instant now) {
        return inbox.kill(id, owner, error, now);
    }

    @Override
    public Optional<InboxDelivery> find(long id) {
        return inbox.find(id);
    }

    @Override
    public List<InboxDelivery> list(InboxQuery query) {
        return inbox.list(query);
    }

    @Override
    public boolean retry(long id, Instant now) {
        return inbox.retry(id, now);
    }

    @Override
    public int retryDead(Instant now) {
        return inbox.retryDead(now);
    }

    @Override
    public int replay(Instant since, Instant now) {
        return inbox.replay(since, now);
    }

    @Override
    public int purge(InboxState state, Instant before) {
        return inbox.purge(state, before);
    }

    @Override
    public Map<InboxState, Long> counts() {
        return inbox.counts();
    }

    @Override
    public Optional<Instant> oldestDue(Instant now) {
        return inbox.oldestDue(now);
    }

    @Override
    public boolean isDurable() {
        return inbox.isDurable();
    }

    @Override
    public String toString() {
        return inbox.toString();
    }
}
