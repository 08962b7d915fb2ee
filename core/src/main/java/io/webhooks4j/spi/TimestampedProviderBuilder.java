package io.webhooks4j.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@link ProviderBuilder} of a provider that signs a timestamp (Stripe, Standard Webhooks): the shared settings
 * plus the two bounds on the signed time. A provider that signs no timestamp extends {@link ProviderBuilder}, which
 * has no such setters and refuses a tolerance in {@link #settings(ProviderSettings)}.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <P> the provider it builds
 */
public abstract class TimestampedProviderBuilder<
                B extends TimestampedProviderBuilder<B, P>, P extends WebhookProvider<?>>
        extends ProviderBuilder<B, P> {
    private Duration tolerance;
    private Duration futureTolerance;

    /**
     * @param secretName what the secret is called, in messages ("Stripe webhook secret")
     * @param defaultMaxBodyBytes the provider's default body limit
     * @param defaultTolerance the provider's default tolerance, both for old and for future timestamps
     */
    protected TimestampedProviderBuilder(String secretName, long defaultMaxBodyBytes, Duration defaultTolerance) {
        super(secretName, defaultMaxBodyBytes);
        this.tolerance = Objects.requireNonNull(defaultTolerance, "defaultTolerance");
        this.futureTolerance = defaultTolerance;
    }

    /** How old a signed timestamp may be; positive; the provider's default unless set. */
    @SuppressWarnings("unchecked")
    public final B tolerance(Duration tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        return (B) this;
    }

    /** How far in the future a signed timestamp may be; zero or more; the provider's default unless set. */
    @SuppressWarnings("unchecked")
    public final B futureTolerance(Duration futureTolerance) {
        this.futureTolerance = Objects.requireNonNull(futureTolerance, "futureTolerance");
        return (B) this;
    }

    /** The tolerance, for {@link #create()}. */
    protected final Duration tolerance() {
        return tolerance;
    }

    /** The future tolerance, for {@link #create()}. */
    protected final Duration futureTolerance() {
        return futureTolerance;
    }

    @Override
    final void applyTolerance(Duration tolerance) {
        tolerance(tolerance);
    }

    /** @throws IllegalStateException when the tolerance is not positive or the future tolerance is negative */
    @Override
    final void validateShared() {
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalStateException("tolerance must be positive, was " + tolerance);
        }
        if (futureTolerance.isNegative()) {
            throw new IllegalStateException("futureTolerance must not be negative, was " + futureTolerance);
        }
    }
}
