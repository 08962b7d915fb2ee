package io.webhooks4j.spi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The base of a verifier for a provider that signs a timestamp (Stripe, Standard Webhooks): its clock and its
 * window of accepted timestamps, with their accessors, the age of a signed timestamp and the window's check. The
 * subclass reads the header, finds the matching key and then calls {@link #checkWindow}, so a forged delivery is
 * refused for its signature before its timestamp is looked at.
 *
 * <p>Settings come from the provider's {@link TimestampedProviderBuilder}, which has validated them.
 */
public abstract class TimestampedVerifier implements WebhookVerifier {
    private final Clock clock;
    private final TimestampWindow window;
    /** {@code -futureTolerance}, for the fast path of {@link #checkWindow}. */
    private final Duration earliestAge;

    protected TimestampedVerifier(Clock clock, Duration tolerance, Duration futureTolerance) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = new TimestampWindow(tolerance, futureTolerance);
        this.earliestAge = futureTolerance.negated();
    }

    /** The clock signed timestamps are compared with. */
    public final Clock clock() {
        return clock;
    }

    /** How old a signed timestamp may be. */
    public final Duration tolerance() {
        return window.tolerance();
    }

    /** How far in the future a signed timestamp may be. */
    public final Duration futureTolerance() {
        return window.futureTolerance();
    }

    /**
     * How long ago {@code epochSeconds} was by {@link #clock()}, negative when it is in the future: {@code
     * Duration.between(Instant.ofEpochSecond(epochSeconds), clock.instant())} without its detour through
     * nanoseconds.
     */
    protected final Duration age(long epochSeconds) {
        Instant now = clock.instant();
        return Duration.ofSeconds(now.getEpochSecond() - epochSeconds, now.getNano());
    }

    /**
     * Refuses a signed timestamp outside the window, as {@link TimestampWindow#check}; inside it, two comparisons
     * and nothing else (no {@code age.negated()}, which costs a {@code BigDecimal} division on Java 17).
     *
     * @throws io.webhooks4j.WebhookVerificationException with {@link io.webhooks4j.Reason#TIMESTAMP_TOO_OLD} or
     *     {@link io.webhooks4j.Reason#TIMESTAMP_TOO_NEW}
     */
    protected final void checkWindow(
            long timestamp, Duration age, String header, List<String> keyIds, String matchedId) {
        if (age.compareTo(window.tolerance()) > 0 || age.compareTo(earliestAge) < 0) {
            window.check(timestamp, age, header, keyIds, matchedId);
        }
    }
}
