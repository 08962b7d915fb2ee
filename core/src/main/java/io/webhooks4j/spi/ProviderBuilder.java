package io.webhooks4j.spi;

import io.webhooks4j.Keyring;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The settings every provider shares, and their validation: secrets (a keyring), clock, body limit and, for
 * providers that sign a timestamp (through {@link TimestampedProviderBuilder}), the tolerances. Each {@code <P>Provider.Builder} extends it and adds only its
 * own settings; {@link #build()} validates the shared ones, then calls {@link #create()}.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <P> the provider it builds
 */
public abstract class ProviderBuilder<B extends ProviderBuilder<B, P>, P extends WebhookProvider<?>> {
    private static final System.Logger LOG = System.getLogger(ProviderBuilder.class.getName());

    private final String secretName;
    private final boolean signsTimestamp;
    private @Nullable Keyring keyring;
    private Clock clock = Clock.systemUTC();
    private long maxBodyBytes;
    private @Nullable Duration tolerance;
    private @Nullable Duration futureTolerance;

    /**
     * @param secretName what the secret is called, in messages ("Stripe webhook secret")
     * @param defaultMaxBodyBytes the provider's default body limit
     * @param defaultTolerance the default timestamp tolerance, or {@code null} when the provider signs no
     *     timestamp (then {@link #tolerance(Duration)} is refused)
     */
    protected ProviderBuilder(String secretName, long defaultMaxBodyBytes, @Nullable Duration defaultTolerance) {
        this.secretName = Objects.requireNonNull(secretName, "secretName");
        this.maxBodyBytes = defaultMaxBodyBytes;
        this.tolerance = defaultTolerance;
        this.futureTolerance = defaultTolerance;
        this.signsTimestamp = defaultTolerance != null;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * The secrets, verbatim (ids {@code key-1}, {@code key-2}, ...; several during a rotation).
     *
     * @throws IllegalArgumentException naming the secret when none is given, or one is null or blank
     */
    public B secrets(String... secrets) {
        this.keyring = Keyring.forProvider(secretName, secrets);
        return self();
    }

    /** As {@link #secrets(String...)}. */
    public B secrets(List<String> secrets) {
        if (secrets == null) {
            throw new IllegalArgumentException("The " + secretName + " is missing: the list of secrets is null");
        }
        return secrets(secrets.toArray(String[]::new));
    }

    /** The secrets as a prepared keyring (custom ids). */
    public B keyring(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        return self();
    }

    /** The clock verifiers and signers use; the system UTC clock by default. */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** The largest body accepted, in bytes. */
    public B maxBodyBytes(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        return self();
    }

    /**
     * How old a signed timestamp may be. Only for providers that sign one: {@link TimestampedProviderBuilder} makes it
     * public.
     *
     * @throws UnsupportedOperationException for a provider that signs no timestamp
     */
    protected B tolerance(Duration tolerance) {
        if (!signsTimestamp) {
            throw new UnsupportedOperationException(secretName + ": this provider signs no timestamp");
        }
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        return self();
    }

    /**
     * Applies neutral settings (a factory's job: the Spring starter's properties, the CLI's flags): keyring,
     * clock, body limit and, where the provider signs a timestamp, tolerance. A tolerance for a provider that
     * signs none is refused.
     *
     * @throws IllegalArgumentException naming the tolerance when the provider signs no timestamp
     */
    public B settings(ProviderSettings settings) {
        keyring(settings.keyring());
        clock(settings.clock());
        settings.maxBodyBytes().ifPresent(this::maxBodyBytes);
        if (settings.tolerance().isPresent()) {
            if (!signsTimestamp) {
                throw new IllegalArgumentException(
                        "tolerance: the provider of the " + secretName + " signs no timestamp");
            }
            this.tolerance = settings.tolerance().get();
        }
        return self();
    }

    /**
     * A shape check run by {@link #build()} on every secret, for secrets that are recognisably the wrong
     * credential (a GitHub token, a Stripe API key, a Twilio account SID): the default accepts all. Return a
     * description of what it looks like ("a GitHub personal access token") to log one WARN naming the key id
     * (never the value), or {@code null}. To refuse instead, throw {@link IllegalArgumentException} from here.
     */
    protected @Nullable String wrongCredentialShape(Secret secret) {
        return null;
    }

    /** The keyring set so far ({@code null} until set; never null in {@link #create()}). */
    protected @Nullable Keyring keyring() {
        return keyring;
    }

    protected Clock clock() {
        return clock;
    }

    protected long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The tolerance, for providers that sign a timestamp. */
    protected Optional<Duration> tolerance() {
        return Optional.ofNullable(tolerance);
    }

    /**
     * How far in the future a signed timestamp may be (a sender's clock ahead of ours); the default tolerance unless
     * set. Only for providers that sign a timestamp: {@link TimestampedProviderBuilder} makes it public.
     *
     * @throws UnsupportedOperationException for a provider that signs no timestamp
     */
    protected B futureTolerance(Duration futureTolerance) {
        if (!signsTimestamp) {
            throw new UnsupportedOperationException(secretName + ": this provider signs no timestamp");
        }
        this.futureTolerance = Objects.requireNonNull(futureTolerance, "futureTolerance");
        return self();
    }

    /** The future tolerance, for providers that sign a timestamp. */
    protected Optional<Duration> futureTolerance() {
        return Optional.ofNullable(futureTolerance);
    }

    /**
     * Validates the shared settings, then builds.
     *
     * @throws IllegalStateException naming the setting that is missing or wrong
     */
    public final P build() {
        if (keyring == null) {
            throw new IllegalStateException("secrets: set the " + secretName + " with secrets(...) or keyring(...)");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalStateException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        if (tolerance != null && (tolerance.isNegative() || tolerance.isZero())) {
            throw new IllegalStateException("tolerance must be positive, was " + tolerance);
        }
        if (futureTolerance != null && futureTolerance.isNegative()) {
            throw new IllegalStateException("futureTolerance must not be negative, was " + futureTolerance);
        }
        for (Secret secret : keyring) {
            String shape = wrongCredentialShape(secret);
            if (shape != null) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Secret '" + secret.id() + "' looks like " + shape + ", not the " + secretName
                                + ": deliveries will not verify");
            }
        }
        return create();
    }

    /** Builds the provider from the validated settings (and the subclass's own). */
    protected abstract P create();
}
