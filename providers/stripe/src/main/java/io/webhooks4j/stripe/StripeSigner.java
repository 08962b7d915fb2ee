package io.webhooks4j.stripe;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.WebhookRequest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Signs a body the way Stripe does, for tests, fixtures and the CLI: {@code Stripe-Signature:
 * t=<unix seconds>,v1=<hex>} with one {@code v1} per key of the keyring (Stripe sends one per active secret
 * while a secret is being rolled). Immutable and thread-safe.
 */
public final class StripeSigner {
    /** The {@code User-Agent} Stripe sends. */
    public static final String USER_AGENT = "Stripe/1.0 (+https://stripe.com/docs/webhooks)";
    /** The {@code Content-Type} Stripe sends. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final HexFormat HEX = HexFormat.of();

    private final Keyring keyring;

    private StripeSigner(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /** A signer with the given {@code whsec_...} secrets. */
    public static StripeSigner create(String... secrets) {
        return new StripeSigner(Keyring.of(secrets));
    }

    /** A signer with the secrets of {@code keyring}. */
    public static StripeSigner of(Keyring keyring) {
        return new StripeSigner(keyring);
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

    /**
     * {@code unsigned} with the {@code Stripe-Signature} Stripe would send at {@code timestamp}, and Stripe's
     * {@code Content-Type} and {@code User-Agent} where they are missing. The body is not touched.
     */
    public WebhookRequest sign(WebhookRequest unsigned, Instant timestamp) {
        WebhookRequest.Builder signed =
                unsigned.toBuilder().setHeader(StripeSignatures.HEADER, signatureHeader(timestamp, unsigned.body()));
        if (!unsigned.headers().contains("Content-Type")) {
            signed.setHeader("Content-Type", CONTENT_TYPE);
        }
        if (!unsigned.headers().contains("User-Agent")) {
            signed.setHeader("User-Agent", USER_AGENT);
        }
        return signed.build();
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "StripeSigner[" + keyring + "]";
    }
}
