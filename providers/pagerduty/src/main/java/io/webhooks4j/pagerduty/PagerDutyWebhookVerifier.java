package io.webhooks4j.pagerduty;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.pagerduty.internal.PagerDutySignatures;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookVerifier;
import java.util.Objects;

/**
 * Verifies {@code X-PagerDuty-Signature} on the exact raw body: the header holds one or more comma-separated {@code
 * v1=<hex HMAC-SHA256>} entries (one per active secret of the subscription, so two during a rotation); the delivery
 * is authentic when any entry matches the body under any key of the keyring. The secret is used verbatim (it looks
 * like base64 but is not decoded). Entries of other versions are ignored.
 *
 * <p>Header parsing follows PagerDuty's own go-pagerduty library ({@code webhookv3.VerifySignature}): entries are
 * split on {@code ,} and not trimmed (a space after the comma makes the entry unreadable, as PagerDuty never sends
 * one); hex is decoded, so upper-case hex is accepted. Rejections:
 *
 * <ul>
 *   <li>{@link Reason#MISSING_HEADER}: no (or an empty) {@code X-PagerDuty-Signature};
 *   <li>{@link Reason#MALFORMED_HEADER}: sent twice, or no readable {@code v1} entry in it (only {@code v2=}, base64
 *       instead of hex, ...);
 *   <li>{@link Reason#EMPTY_BODY}: the body is empty (PagerDuty always sends one; go-pagerduty's {@code
 *       ErrMalformedBody});
 *   <li>{@link Reason#NO_MATCHING_SIGNATURE}: no entry matches under any key.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class PagerDutyWebhookVerifier implements WebhookVerifier {
    private final Keyring keyring;

    PagerDutyWebhookVerifier(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /**
     * A verifier for the given signing secrets (ids {@code key-1}, {@code key-2}, ...) with the defaults; the one a
     * provider built with other settings uses is {@code provider.verifier()}.
     *
     * @throws IllegalArgumentException naming the PagerDuty webhook signing secret when none is given or one is
     *     {@code null} or blank
     */
    public static PagerDutyWebhookVerifier create(String... secrets) {
        return PagerDutyProvider.create(secrets).verifier();
    }

    /** The secrets this verifier tries (their ids are safe to show). */
    public Keyring keyring() {
        return keyring;
    }

    /**
     * Proves {@code request} authentic or throws.
     *
     * @return which key matched (PagerDuty signs no timestamp, so {@code signedAt} is {@code null})
     * @throws WebhookVerificationException with the reason and, for a mismatch, a diagnosis
     */
    @Override
    public Verification verify(WebhookRequest request) {
        String header = Crypto.requireSingleHeader(request, PagerDutyHeaders.SIGNATURE);
        if (request.body().isEmpty()) {
            throw new WebhookVerificationException(
                    Reason.EMPTY_BODY,
                    "The body is empty; PagerDuty signs and sends a JSON body",
                    () -> Diagnosis.builder()
                            .likelyCause("something before the verifier consumed the body (a filter or framework that"
                                    + " read the request stream)")
                            .build());
        }
        PagerDutySignatures.Parsed parsed = PagerDutySignatures.parse(header);
        if (parsed.macs().isEmpty()) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Header '" + PagerDutyHeaders.SIGNATURE + "' holds no v1=<64 hex digits> signature",
                    () -> headerDiagnosis(parsed));
        }
        for (Secret secret : keyring) {
            byte[] expected = PagerDutySignatures.compute(secret, request.body());
            boolean matched = false;
            for (byte[] candidate : parsed.macs()) {
                // no early exit: every candidate is compared, in constant time
                matched |= Crypto.constantTimeEquals(expected, candidate);
            }
            if (matched) {
                return Verification.byKey(secret.id());
            }
        }
        // Nothing of the diagnosis is built here: a forged delivery costs the HMACs and nothing else.
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE,
                "No signature in header '" + PagerDutyHeaders.SIGNATURE + "' matched the payload",
                () -> noMatchDiagnosis(request, parsed));
    }

    /** Built only when asked (DEBUG log, CLI --explain): copies and scans the whole body. */
    private Diagnosis noMatchDiagnosis(WebhookRequest request, PagerDutySignatures.Parsed parsed) {
        Diagnosis.Builder diagnosis = Diagnosis.builder().keysTried(keyring);
        diagnosis.signedContent("raw body", request.body().toByteArray(), false);
        addHeaderHints(diagnosis, parsed);
        if (parsed.macs().size() > keyring.size()) {
            diagnosis.likelyCause("the header carries " + parsed.macs().size() + " signatures (one per active secret of"
                    + " the subscription) but the keyring has " + keyring.size()
                    + ": a secret was rotated and the new one is not configured");
        }
        diagnosis.likelyCause("the secret is not this webhook subscription's signing secret (each subscription has"
                + " its own; it is not a REST API key)");
        diagnosis.likelyCauses(Crypto.bodyReencodingHints(request.body()));
        diagnosis.likelyCause("the body was changed before verification (parsed and re-serialised, or read as text"
                + " in another charset): verify the exact bytes received");
        return diagnosis.build();
    }

    private static Diagnosis headerDiagnosis(PagerDutySignatures.Parsed parsed) {
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        addHeaderHints(diagnosis, parsed);
        if (parsed.otherVersions() > 0 && parsed.unreadableV1() == 0 && parsed.paddedEntries() == 0) {
            diagnosis.likelyCause(
                    "the header holds only signature versions other than v1, which this version does" + " not know");
        }
        return diagnosis.build();
    }

    private static void addHeaderHints(Diagnosis.Builder diagnosis, PagerDutySignatures.Parsed parsed) {
        if (parsed.paddedEntries() > 0) {
            diagnosis.likelyCause("an entry of the header has spaces around it: PagerDuty sends 'v1=...,v1=...' with"
                    + " no spaces; a proxy or client reformatted the header");
        }
        if (parsed.looksBase64()) {
            diagnosis.likelyCause("a v1 signature is base64; PagerDuty sends hex");
        } else if (parsed.unreadableV1() > 0) {
            diagnosis.likelyCause("a v1 signature is not 64 hex digits (truncated header?)");
        }
    }

    /** The key ids only. */
    @Override
    public String toString() {
        return "PagerDutyWebhookVerifier[" + keyring + "]";
    }
}
