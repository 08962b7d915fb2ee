package io.webhooks4j.pagerduty;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.pagerduty.internal.PagerDutySignatures;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookSigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs a delivery exactly as PagerDuty does: {@code X-PagerDuty-Signature: v1=<hex>[,v1=<hex>...]}, one entry per
 * secret of the keyring in order (during a rotation PagerDuty sends one per active secret), comma-separated without
 * spaces. For tests, fixtures and the CLI. Immutable and thread-safe.
 */
public final class PagerDutySigner implements WebhookSigner {
    private final Keyring keyring;

    PagerDutySigner(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /**
     * A signer for the given secrets, used verbatim, with the defaults; the one a provider built with other settings
     * uses is {@code provider.signer()}.
     *
     * @throws IllegalArgumentException naming the PagerDuty webhook signing secret when none is given or one is
     *     {@code null} or blank
     */
    public static PagerDutySigner create(String... secrets) {
        return PagerDutyProvider.create(secrets).signer();
    }

    /** The value of {@code X-PagerDuty-Signature} for {@code body}: one {@code v1=} entry per secret. */
    public String signatureHeader(RawBody body) {
        Objects.requireNonNull(body, "body");
        List<String> entries = new ArrayList<>(keyring.size());
        for (Secret secret : keyring) {
            entries.add(PagerDutySignatures.entry(secret, body));
        }
        return String.join(",", entries);
    }

    /**
     * {@code unsigned} with its {@code X-PagerDuty-Signature} set (replacing any), plus the headers PagerDuty always
     * sends when they are missing: {@code Content-Type: application/json}, {@code User-Agent: PagerDuty-Webhook/V3.0}
     * and an {@code X-Webhook-Id} (a UUID derived from the body, so re-signing the same body gives the same id, as a
     * retry would). {@code X-Webhook-Subscription} is left as given: only the caller knows the subscription.
     */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        WebhookRequest.Builder signed =
                unsigned.toBuilder().setHeader(PagerDutyHeaders.SIGNATURE, signatureHeader(unsigned.body()));
        return signed.headerIfAbsent("Content-Type", "application/json")
                .headerIfAbsent("User-Agent", PagerDutyProvider.USER_AGENT)
                .headerIfAbsent(
                        PagerDutyHeaders.WEBHOOK_ID,
                        () -> UUID.nameUUIDFromBytes(unsigned.body().sha256()).toString())
                .build();
    }

    /** The key ids only. */
    @Override
    public String toString() {
        return "PagerDutySigner[" + keyring + "]";
    }
}
