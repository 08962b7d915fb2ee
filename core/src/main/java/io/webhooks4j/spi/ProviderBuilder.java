package io.webhooks4j.spi;

import io.webhooks4j.Keyring;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings every provider shares, and their validation: secrets (a keyring), clock and body limit (a
 * provider that signs a timestamp extends {@link TimestampedProviderBuilder}, which adds the tolerances). Each {@code <P>Provider.Builder} extends it and adds only its
 * own settings; {@link #build()} validates the shared ones, then calls {@link #create()}.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <P> the provider it builds
 */
public abstract class ProviderBuilder<B extends ProviderBuilder<B, P>, P extends WebhookProvider<?>> {
    private static final System.Logger LOG = System.getLogger(ProviderBuilder.class.getName());

    private final String secretName;
    private @Nullable Keyring keyring;
    private Clock clock = Clock.systemUTC();
    private long maxBodyBytes;

    /**
     * @param secretName what the secret is called, in messages ("Stripe webhook secret")
     * @param defaultMaxBodyBytes the provider's default body limit
     */
    protected ProviderBuilder(String secretName, long defaultMaxBodyBytes) {
        this.secretName = Objects.requireNonNull(secretName, "secretName");
        this.maxBodyBytes = defaultMaxBodyBytes;
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
        settings.tolerance().ifPresent(this::applyTolerance);
        return self();
    }

    /**
     * Takes the tolerance of {@link #settings(ProviderSettings)}; refused here, since only a {@link
     * TimestampedProviderBuilder}'s provider signs a timestamp.
     *
     * @throws IllegalArgumentException naming the tolerance
     */
    void applyTolerance(Duration tolerance) {
        throw new IllegalArgumentException("tolerance: the provider of the " + secretName + " signs no timestamp");
    }

    /** Checks the settings a subclass of this package adds, before {@link #create()}. */
    void validateShared() {}

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
        validateShared();
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
