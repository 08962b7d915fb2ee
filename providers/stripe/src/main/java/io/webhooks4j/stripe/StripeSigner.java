package io.webhooks4j.stripe;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookSigner;
import io.webhooks4j.stripe.internal.StripeSignatures;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Signs a body the way Stripe does, for tests, fixtures and the CLI: {@code Stripe-Signature:
 * t=<unix seconds>,v1=<hex>} with one {@code v1} per key of the keyring (Stripe sends one per active secret
 * while a secret is being rolled), and Stripe's {@code Content-Type} and {@code User-Agent} where missing.
 *
 * <p>{@link #create(String...)} gives one with the system clock; one with another clock or key ids is {@code
 * StripeProvider.builder()...build().signer()}. Immutable and thread-safe.
 */
public final class StripeSigner implements WebhookSigner {
    /** The {@code User-Agent} Stripe sends. */
    public static final String USER_AGENT = "Stripe/1.0 (+https://stripe.com/docs/webhooks)";
    /** The {@code Content-Type} Stripe sends. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final HexFormat HEX = HexFormat.of();

    private final Keyring keyring;
    private final Clock clock;

    /** Settings validated by {@link StripeProvider.Builder}. */
    StripeSigner(Keyring keyring, Clock clock) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A signer with the given {@code whsec_...} secrets and the system clock.
     *
     * @throws IllegalArgumentException as {@link StripeProvider#create(String...)}
     */
    public static StripeSigner create(String... secrets) {
        return StripeProvider.create(secrets).signer();
    }

    /** The {@code Stripe-Signature} value for {@code body} signed at {@code timestamp} (whole seconds). */
    public String signatureHeader(Instant timestamp, RawBody body) {
        return signatureHeader(timestamp.getEpochSecond(), body);
    }

    /** The {@code Stripe-Signature} value for {@code body} signed at {@code epochSeconds}. */
    public String signatureHeader(long epochSeconds, RawBody body) {
        Objects.requireNonNull(body, "body");
        StringBuilder header = new StringBuilder("t=").append(epochSeconds);
        for (Secret secret : keyring) {
            header.append(',')
                    .append(StripeSignatures.SCHEME)
                    .append('=')
                    .append(HEX.formatHex(StripeSignatures.v1(secret, epochSeconds, body)));
        }
        return header.toString();
    }

    /** {@code unsigned} signed at the time of this signer's clock; see {@link #sign(WebhookRequest, Instant)}. */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return sign(unsigned, clock.instant());
    }

    /**
     * {@code unsigned} with the {@code Stripe-Signature} Stripe would send at {@code timestamp}, and Stripe's
     * {@code Content-Type} and {@code User-Agent} where they are missing. The body is not touched.
     */
    public WebhookRequest sign(WebhookRequest unsigned, Instant timestamp) {
        WebhookRequest.Builder signed =
                unsigned.toBuilder().setHeader(StripeHeaders.SIGNATURE, signatureHeader(timestamp, unsigned.body()));
        return signed.headerIfAbsent("Content-Type", CONTENT_TYPE)
                .headerIfAbsent("User-Agent", USER_AGENT)
                .build();
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "StripeSigner[" + keyring + "]";
    }
}
