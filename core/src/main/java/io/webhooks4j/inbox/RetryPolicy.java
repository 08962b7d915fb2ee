package io.webhooks4j.inbox;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential backoff with jitter, up to a number of attempts, then dead.
 * The default waits 10 s, 20 s, 40 s, ... up to an hour between attempts, for 30 attempts: about a day (23 hours)
 * from the first failure to dead.
 *
 * @param initialBackoff the wait after the first failed attempt
 * @param multiplier how much each wait grows (at least 1)
 * @param maxBackoff the longest wait
 * @param maxAttempts attempts before a delivery is dead (at least 1)
 * @param jitter the fraction (0 to 1) by which each wait is randomly shortened, so retries of many deliveries that
 *     failed together do not come back together
 */
public record RetryPolicy(
        Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts, double jitter) {
    /** 10 s doubling up to 1 h, 30 attempts, 20% jitter. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofHours(1), 30, 0.2);

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "maxBackoff (" + maxBackoff + ") must be at least initialBackoff (" + initialBackoff + ")");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    public RetryPolicy withInitialBackoff(Duration initialBackoff) {
        return new RetryPolicy(
                initialBackoff,
                multiplier,
                maxBackoff.compareTo(initialBackoff) < 0 ? initialBackoff : maxBackoff,
                maxAttempts,
                jitter);
    }

    public RetryPolicy withMaxBackoff(Duration maxBackoff) {
        return new RetryPolicy(initialBackoff, multiplier, maxBackoff, maxAttempts, jitter);
    }

    public RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(initialBackoff, multiplier, maxBackoff, maxAttempts, jitter);
    }

    public RetryPolicy withMultiplier(double multiplier) {
        return new RetryPolicy(initialBackoff, multiplier, maxBackoff, maxAttempts, jitter);
    }

    public RetryPolicy withJitter(double jitter) {
        return new RetryPolicy(initialBackoff, multiplier, maxBackoff, maxAttempts, jitter);
    }

    /** True when a delivery that failed its {@code attempts}-th attempt is given up on. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait before the attempt after failed attempt number {@code attempts} (1 for the first), without jitter. */
    public Duration backoff(int attempts) {
        double factor = Math.pow(multiplier, Math.max(0, attempts - 1));
        double millis = initialBackoff.toMillis() * factor;
        if (!(millis < maxBackoff.toMillis())) {
            return maxBackoff;
        }
        return Duration.ofMillis((long) millis);
    }

    /** {@link #backoff(int)} shortened by a random fraction of at most {@link #jitter()}. */
    public Duration delay(int attempts) {
        Duration base = backoff(attempts);
        if (jitter == 0.0) {
            return base;
        }
        double cut = ThreadLocalRandom.current().nextDouble() * jitter;
        return Duration.ofMillis(Math.max(1, (long) (base.toMillis() * (1.0 - cut))));
    }

    /** The longest a delivery can take from its first failure to dead (the sum of the waits without jitter). */
    public Duration totalBackoff() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            total = total.plus(backoff(attempt));
        }
        return total;
    }
}
