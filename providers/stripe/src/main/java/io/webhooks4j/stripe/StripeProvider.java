package io.webhooks4j.stripe;

import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stripe webhooks: verifies {@code Stripe-Signature} ({@link StripeWebhookVerifier}), parses the event into a
 * {@link StripeEvent} typed by the {@link StripeEvents} catalogue, de-duplicates by event id (read from the signed
 * body), signs test deliveries ({@link StripeSigner}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .provider(StripeProvider.create(System.getenv("STRIPE_WEBHOOK_SECRET")))
 *     .on(StripeEvents.INVOICE_PAID, e -> billing.paid(e.data().object().id(), e.data().object().amountPaid()))
 *     .build();
 * }</pre>
 */
public final class StripeProvider implements WebhookProvider<StripeEvent<?>> {
    /** The provider id: {@code stripe}. */
    public static final String ID = "stripe";

    private final StripeWebhookVerifier verifier;
    private final StripeSigner signer;
    private final long maxBodyBytes;

    private StripeProvider(StripeWebhookVerifier verifier, long maxBodyBytes) {
        this.verifier = verifier;
        this.signer = StripeSigner.of(verifier.keyring());
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * A provider for the endpoint's signing secrets ({@code whsec_...}), with the default settings.
     *
     * @throws IllegalArgumentException naming the Stripe webhook secret when none is given, one is null (an unset
     *     environment variable) or blank, or one looks like a Stripe API key ({@code sk_}, {@code rk_},
     *     {@code pk_}; see {@link Builder#allowApiKeyShapedSecrets(boolean)})
     */
    public static StripeProvider create(String... whsecSecrets) {
        return builder().secrets(whsecSecrets).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** The verifier this provider uses. */
    public StripeWebhookVerifier verifier() {
        return verifier;
    }

    /** A signer with this provider's keyring. */
    public StripeSigner signer() {
        return signer;
    }

    @Override
    public Verification verify(WebhookRequest request) {
        return verifier.verify(request);
    }

    @Override
    public StripeEvent<?> parse(WebhookRequest request, Verification verification) {
        return StripeEventParser.parse(request.body());
    }

    /** The ids of the keyring's secrets. */
    @Override
    public List<String> keyIds() {
        return verifier.keyring().ids();
    }

    /**
     * The event id ({@code evt_...}): {@link StripeEventParser} reads it from the body, and the body is inside the
     * signature ({@code v1} covers {@code "<t>.<body>"}), so a replay cannot change it. Stripe's retries of an
     * event carry the same id under a fresh signature, so they are recognised as well; a captured delivery
     * re-sent within the tolerance is the same signed body and so the same id.
     */
    @Override
    public String deduplicationKey(StripeEvent<?> event, WebhookRequest request, Verification verification) {
        return event.id();
    }

    /**
     * The event type, when the parsed payload is what the catalogue key of that name promises (so a handler
     * never receives a payload of another type), and {@code v2.core.event} for thin events.
     */
    @Override
    public List<String> routingKeys(StripeEvent<?> event) {
        List<String> keys = new ArrayList<>(2);
        Optional<EventType<?>> known = StripeEvents.byName(event.type());
        boolean payloadFits = known.isEmpty()
                || known.get().payloadType().isInstance(event.data().object());
        if (payloadFits && !event.type().equals(StripeThinEvent.OBJECT)) {
            keys.add(event.type());
        }
        if (event.isThin()) {
            keys.add(StripeThinEvent.OBJECT);
        }
        return keys;
    }

    /** Signs with every key of the keyring at the time of this provider's clock. */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return signer.sign(unsigned, verifier.clock().instant());
    }

    @Override
    public Class<?> eventClass() {
        return StripeEvent.class;
    }

    /** Key ids and settings only. */
    @Override
    public String toString() {
        return "StripeProvider[" + verifier.keyring() + ", tolerance " + verifier.tolerance() + ", future "
                + verifier.futureTolerance() + ", maxBodyBytes " + maxBodyBytes + "]";
    }

    /** Builds a {@link StripeProvider}; the signing secrets are required. */
    public static final class Builder {
        private final StripeWebhookVerifier.Builder verifier = StripeWebhookVerifier.builder();
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /**
         * The endpoint's signing secrets ({@code whsec_...}), used whole; ids {@code key-1}, {@code key-2}...
         *
         * @throws IllegalArgumentException naming the Stripe webhook secret when none is given, or one is null or
         *     blank
         */
        public Builder secrets(String... whsecSecrets) {
            verifier.secrets(whsecSecrets);
            return this;
        }

        /** As {@link #secrets(String...)}. */
        public Builder secrets(List<String> whsecSecrets) {
            verifier.secrets(whsecSecrets);
            return this;
        }

        /** The signing secrets, with ids of your choice. */
        public Builder keyring(Keyring keyring) {
            verifier.keyring(keyring);
            return this;
        }

        /** How old a signed timestamp may be; positive; default 300 s. */
        public Builder tolerance(Duration tolerance) {
            verifier.tolerance(tolerance);
            return this;
        }

        /** How far in the future a signed timestamp may be; zero or more; default 300 s. */
        public Builder futureTolerance(Duration futureTolerance) {
            verifier.futureTolerance(futureTolerance);
            return this;
        }

        public Builder clock(Clock clock) {
            verifier.clock(clock);
            return this;
        }

        /** See {@link StripeWebhookVerifier.Builder#allowApiKeyShapedSecrets(boolean)}; default false. */
        public Builder allowApiKeyShapedSecrets(boolean allow) {
            verifier.allowApiKeyShapedSecrets(allow);
            return this;
        }

        /** The largest body accepted, in bytes; default 1 MiB. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public StripeProvider build() {
            if (maxBodyBytes <= 0) {
                throw new IllegalStateException("maxBodyBytes must be positive, was " + maxBodyBytes);
            }
            return new StripeProvider(Objects.requireNonNull(verifier.build()), maxBodyBytes);
        }
    }
}
