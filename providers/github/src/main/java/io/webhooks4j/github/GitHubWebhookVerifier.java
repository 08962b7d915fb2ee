package io.webhooks4j.github;

import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.github.internal.GitHubSignatures;
import io.webhooks4j.github.internal.GitHubTokens;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookVerifier;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Verifies a GitHub delivery: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>} under
 * every key of the keyring, on the exact bytes received (for a form-encoded hook, the whole
 * {@code payload=...} body). The legacy {@code X-Hub-Signature: sha1=...} is checked only when allowed
 * explicitly, and only when no SHA-256 signature was sent. An authentic delivery without
 * {@code X-GitHub-Event} is rejected with {@link Reason#MISSING_EVENT_TYPE}. Immutable and thread-safe.
 *
 * <p>{@link #create(String...)} gives one with the defaults; {@link GitHubProvider#verifier()} the one a provider
 * built with other settings ({@code allowLegacySha1}) uses.
 */
public final class GitHubWebhookVerifier implements WebhookVerifier {
    private final Keyring keyring;
    private final boolean allowLegacySha1;

    GitHubWebhookVerifier(Keyring keyring, boolean allowLegacySha1) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.allowLegacySha1 = allowLegacySha1;
    }

    /**
     * A verifier for {@code secrets} (ids {@code key-1}, {@code key-2}, ...) with the defaults (SHA-256 only); with
     * other settings it is {@code provider.verifier()}.
     *
     * @throws IllegalArgumentException naming the GitHub webhook secret when none is given or one is {@code null} or
     *     blank
     */
    public static GitHubWebhookVerifier create(String... secrets) {
        return GitHubProvider.create(secrets).verifier();
    }

    /** The secrets this verifier tries (their ids are safe to show). */
    public Keyring keyring() {
        return keyring;
    }

    /**
     * Proves {@code request} authentic or throws.
     *
     * @return the id of the key that matched
     * @throws WebhookVerificationException with {@link Reason#MISSING_HEADER}, {@link Reason#MALFORMED_HEADER}
     *     or {@link Reason#NO_MATCHING_SIGNATURE}
     * @throws WebhookParseException with {@link Reason#MISSING_EVENT_TYPE} when an authentic delivery has no
     *     {@code X-GitHub-Event}
     */
    @Override
    public Verification verify(WebhookRequest request) {
        // one header lookup for the usual case: X-Hub-Signature-256 decides the algorithm and carries the signature
        List<String> values = request.headers().all(GitHubHeaders.SIGNATURE_256);
        HmacAlgorithm algorithm = values.isEmpty() ? chooseLegacyAlgorithm(request) : HmacAlgorithm.SHA256;
        String headerName = GitHubSignatures.header(algorithm);
        if (algorithm != HmacAlgorithm.SHA256) {
            values = request.headers().all(headerName);
        }
        String value = Crypto.requireSingleHeader(headerName, values);
        byte[] expected = decode(value, algorithm, headerName);
        for (Secret secret : keyring) {
            if (Crypto.constantTimeEquals(GitHubSignatures.mac(secret, algorithm, request.body()), expected)) {
                requireEventHeader(request);
                return Verification.byKey(secret.id());
            }
        }
        // Nothing of the diagnosis is built here: a forged delivery costs the HMACs and nothing else.
        throw new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE,
                "No signature in header '" + headerName + "' matched the payload",
                () -> noMatchDiagnosis(request));
    }

    /** No {@code X-Hub-Signature-256}: SHA-1 when it was sent and is allowed, else SHA-256 (reported missing). */
    private HmacAlgorithm chooseLegacyAlgorithm(WebhookRequest request) {
        if (request.headers().contains(GitHubHeaders.SIGNATURE_SHA1)) {
            if (allowLegacySha1) {
                return HmacAlgorithm.SHA1;
            }
            throw new WebhookVerificationException(
                    Reason.MISSING_HEADER,
                    "Missing header '" + GitHubHeaders.SIGNATURE_256 + "'; only the legacy SHA-1 header '"
                            + GitHubHeaders.SIGNATURE_SHA1 + "' was sent and it is not accepted",
                    () -> Diagnosis.builder()
                            .likelyCause("the sender signs with SHA-1 only (an old GitHub Enterprise Server or a"
                                    + " proxy that drops X-Hub-Signature-256); allowLegacySha1(true) accepts it")
                            .build());
        }
        return HmacAlgorithm.SHA256;
    }

    /** The MAC the header carries, read in place (no lower-cased copy, no substring). */
    private static byte[] decode(String value, HmacAlgorithm algorithm, String headerName) {
        String prefix = GitHubSignatures.prefix(algorithm);
        if (!GitHubSignatures.startsWithIgnoringAsciiCase(value, prefix)) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Header '" + headerName + "' does not start with '" + prefix + "'",
                    () -> malformedDiagnosis(value, algorithm));
        }
        int hexLength = value.length() - prefix.length();
        int bytes = GitHubSignatures.length(algorithm);
        if (hexLength != bytes * 2) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Signature in header '" + headerName + "' has " + hexLength + " characters; expected " + bytes * 2
                            + " hex digits",
                    () -> malformedDiagnosis(value, algorithm));
        }
        byte[] decoded = GitHubSignatures.decodeHex(value, prefix.length(), bytes);
        if (decoded == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Signature in header '" + headerName + "' is not hex",
                    () -> malformedDiagnosis(value, algorithm));
        }
        return decoded;
    }

    private static Diagnosis malformedDiagnosis(String value, HmacAlgorithm algorithm) {
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        String lower = value.toLowerCase(Locale.ROOT);
        if (algorithm == HmacAlgorithm.SHA256 && lower.startsWith(GitHubSignatures.SHA1_PREFIX)) {
            diagnosis.likelyCause("the SHA-1 value (X-Hub-Signature) was copied into X-Hub-Signature-256");
        }
        int equals = value.indexOf('=');
        String digest = equals < 0 ? value : value.substring(equals + 1);
        byte[] base64 = Crypto.decodeBase64(digest);
        if (base64 != null && base64.length == GitHubSignatures.length(algorithm)) {
            diagnosis.likelyCause("the signature looks like base64; GitHub sends lowercase hex after 'sha256='");
        }
        diagnosis.likelyCause("a proxy or client truncated or rewrote the signature header");
        return diagnosis.build();
    }

    private static void requireEventHeader(WebhookRequest request) {
        List<String> events = request.headers().all(GitHubHeaders.EVENT);
        if (events.isEmpty() || events.get(0).isBlank()) {
            throw new WebhookParseException(
                    Reason.MISSING_EVENT_TYPE,
                    "Missing header '" + GitHubHeaders.EVENT + "': the delivery does not say which event it is");
        }
    }

    /** Built only when asked (DEBUG log, CLI --explain): copies and scans the whole body. */
    private Diagnosis noMatchDiagnosis(WebhookRequest request) {
        Diagnosis.Builder diagnosis = Diagnosis.builder().keysTried(keyring);
        diagnosis.signedContent("raw body", request.body().toByteArray(), false);
        diagnosis.likelyCauses(Crypto.bodyReencodingHints(request.body()));
        if ("application/x-www-form-urlencoded".equals(request.mediaType())) {
            diagnosis.likelyCause("a form-encoded hook is signed over the whole raw form body (payload=...),"
                    + " not over the decoded payload parameter: verify the bytes as received");
        }
        for (Secret secret : keyring) {
            if (GitHubTokens.looksLikeToken(secret)) {
                diagnosis.likelyCause("secret '" + secret.id()
                        + "' looks like a GitHub token, not the webhook secret set on the hook");
            } else if (secret.startsWith("github")) {
                diagnosis.likelyCause(
                        "secret '" + secret.id() + "' may be a fine-grained GitHub token (github_pat_...),"
                                + " not the webhook secret set on the hook");
            }
        }
        diagnosis.likelyCause("the webhook secret configured on GitHub differs from every key of the keyring");
        return diagnosis.build();
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "GitHubWebhookVerifier[keys=" + keyring.ids() + ", legacySha1=" + allowLegacySha1 + "]";
    }
}
