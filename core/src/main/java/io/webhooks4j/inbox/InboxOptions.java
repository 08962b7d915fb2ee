package io.webhooks4j.inbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link io.webhooks4j.Webhooks} works its inbox: how many workers, how often they look for due deliveries,
 * how long a claim lasts, when failures are retried, how long done deliveries are kept.
 *
 * @param workers worker threads in this process (0: store only, another process works the inbox)
 * @param pollInterval how long an idle worker waits before looking again (a delivery stored by this process wakes
 *     one at once)
 * @param lease how long a claim lasts; renewed every third of it while the handler runs, so a crashed process's
 *     claims are taken over after at most this long
 * @param retry when failures are retried
 * @param retention how long done deliveries are kept before they are purged ({@link Duration#ZERO}: never purged);
 *     dead deliveries are never purged automatically
 * @param shutdownGrace how long {@code Webhooks.close()} waits for running handlers
 */
public record InboxOptions(
        int workers,
        Duration pollInterval,
        Duration lease,
        RetryPolicy retry,
        Duration retention,
        Duration shutdownGrace) {
    /** 4 workers, polling every second, 60 s leases, {@link RetryPolicy#DEFAULT}, done kept 7 days, 10 s grace. */
    public static final InboxOptions DEFAULT = new InboxOptions(
            4,
            Duration.ofSeconds(1),
            Duration.ofSeconds(60),
            RetryPolicy.DEFAULT,
            Duration.ofDays(7),
            Duration.ofSeconds(10));

    public InboxOptions {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (workers < 0 || workers > 256) {
            throw new IllegalArgumentException("workers must be between 0 and 256, was " + workers);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("lease must be at least 3 s, was " + lease);
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative, was " + shutdownGrace);
        }
    }

    public InboxOptions withWorkers(int workers) {
        return new InboxOptions(workers, pollInterval, lease, retry, retention, shutdownGrace);
    }

    public InboxOptions withPollInterval(Duration pollInterval) {
        return new InboxOptions(workers, pollInterval, lease, retry, retention, shutdownGrace);
    }

    public InboxOptions withLease(Duration lease) {
        return new InboxOptions(workers, pollInterval, lease, retry, retention, shutdownGrace);
    }

    public InboxOptions withRetry(RetryPolicy retry) {
        return new InboxOptions(workers, pollInterval, lease, retry, retention, shutdownGrace);
    }

    public InboxOptions withRetention(Duration retention) {
        return new InboxOptions(workers, pollInterval, lease, retry, retention, shutdownGrace);
    }

    public InboxOptions withShutdownGrace(Duration shutdownGrace) {
        return new InboxOptions(workers, pollInterval, lease, retry, retention, shutdownGrace);
    }
}
