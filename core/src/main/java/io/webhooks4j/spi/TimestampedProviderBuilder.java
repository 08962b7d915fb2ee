package io.webhooks4j.spi;

import java.time.Duration;

/**
 * The {@link ProviderBuilder} of a provider that signs a timestamp (Stripe, Standard Webhooks): the shared settings
 * plus the two bounds on the signed time, public. A provider that signs no timestamp extends {@link
 * ProviderBuilder}, so these setters are not there to call.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <P> the provider it builds
 */
public abstract class TimestampedProviderBuilder<
                B extends TimestampedProviderBuilder<B, P>, P extends WebhookProvider<?>>
        extends ProviderBuilder<B, P> {

    /**
     * @param secretName what the secret is called, in messages ("Stripe webhook secret")
     * @param defaultMaxBodyBytes the provider's default body limit
     * @param defaultTolerance the provider's default tolerance, both for old and for future timestamps
     */
    protected TimestampedProviderBuilder(String secretName, long defaultMaxBodyBytes, Duration defaultTolerance) {
        super(secretName, defaultMaxBodyBytes, java.util.Objects.requireNonNull(defaultTolerance, "defaultTolerance"));
    }

    /** How old a signed timestamp may be; positive; the provider's default unless set. */
    @Override
    public final B tolerance(Duration tolerance) {
        return super.tolerance(tolerance);
    }

    /** How far in the future a signed timestamp may be; zero or more; the provider's default unless set. */
    @Override
    public final B futureTolerance(Duration futureTolerance) {
        return super.futureTolerance(futureTolerance);
    }
}
