package io.webhooks4j.stripe;

import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.AbstractWebhookProvider;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.TimestampedProviderBuilder;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.stripe.internal.StripeEventParser;
import io.webhooks4j.stripe.internal.StripeSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
public final class StripeProvider extends AbstractWebhookProvider<StripeEvent<?>, StripeWebhookVerifier, StripeSigner> {
    /** The provider id: {@code stripe}. */
    public static final String ID = "stripe";
    /** What the secret is called in messages: "The Stripe webhook secret is missing (null): ...". */
    static final String SECRET_NAME = "Stripe webhook secret";

    private StripeProvider(Keyring keyring, long maxBodyBytes, StripeWebhookVerifier verifier, StripeSigner signer) {
        super(ID, StripeEvent.class, keyring, maxBodyBytes, verifier, signer);
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
    public StripeEvent<?> parse(WebhookRequest request, Verification verification) {
        return StripeEventParser.parse(request.body());
    }

    /**
     * The event id ({@code evt_...}): {@link StripeEventParser} reads it from the verified body in its one pass over
     * the bytes (the very bytes the signature was checked on, never a header), and the body is inside the
     * signature ({@code v1} covers {@code "<t>.<body>"}), so a replay cannot change it. A body naming two ids is
     * refused. Stripe's retries of an
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
        Optional<EventType<?>> known = StripeEvents.find(event.type());
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

    @Override
    protected String settingsForToString() {
        return ", tolerance=" + verifier().tolerance() + ", futureTolerance="
                + verifier().futureTolerance();
    }

    /**
     * Builds a {@link StripeProvider}: the shared settings (secrets, clock, body limit, tolerance) and Stripe's
     * own. The signing secrets are required.
     */
    public static final class Builder extends TimestampedProviderBuilder<Builder, StripeProvider> {
        private boolean allowApiKeyShapedSecrets;

        private Builder() {
            super(SECRET_NAME, DEFAULT_MAX_BODY_BYTES, StripeWebhookVerifier.DEFAULT_TOLERANCE);
        }

        /**
         * Whether a secret shaped like a Stripe API key ({@code sk_...}, {@code rk_...}, {@code pk_...}) is
         * accepted; default false, so {@link #build()} refuses one: an API key never verifies a webhook, and one
         * pasted into the webhook-secret setting is a leaked credential in the wrong place. Set it only for a
         * signing secret that really starts so (a test fixture, a proxy that re-signs).
         */
        public Builder allowApiKeyShapedSecrets(boolean allow) {
            this.allowApiKeyShapedSecrets = allow;
            return this;
        }

        /**
         * Refuses a secret shaped like a Stripe API key unless {@link #allowApiKeyShapedSecrets(boolean)} allows it.
         *
         * @throws IllegalArgumentException naming the key id and the prefix (never the value)
         */
        @Override
        protected @Nullable String wrongCredentialShape(Secret secret) {
            if (!allowApiKeyShapedSecrets) {
                StripeSecrets.refuseApiKey(secret, SECRET_NAME);
            }
            return null;
        }

        @Override
        protected StripeProvider create() {
            StripeWebhookVerifier verifier = new StripeWebhookVerifier(
                    keyring(), clock(), tolerance(), futureTolerance(), allowApiKeyShapedSecrets);
            return new StripeProvider(keyring(), maxBodyBytes(), verifier, new StripeSigner(keyring(), clock()));
        }
    }
}
