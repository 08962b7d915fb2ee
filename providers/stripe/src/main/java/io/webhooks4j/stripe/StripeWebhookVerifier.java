package io.webhooks4j.stripe;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.TimestampWindow;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookVerifier;
import io.webhooks4j.stripe.internal.StripeSecrets;
import io.webhooks4j.stripe.internal.StripeSignatures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Verifies {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]} on the exact raw body: any
 * {@code v1} matching the HMAC-SHA256 of {@code "<t>.<body>"} under any key of the keyring proves the delivery
 * (Stripe sends several while a secret is rolled); {@code v0} and unknown schemes are ignored. The key is the
 * whole {@code whsec_...} string. The signature is checked first, then the time: a timestamp older than
 * {@link #tolerance()} (default 300 s, as the official SDKs) or further in the future than
 * {@link #futureTolerance()} (default 300 s; the official SDKs do not check this side) is rejected.
 *
 * <p>{@link #create(String...)} gives one with the default settings; one with other settings (tolerances, clock,
 * key ids) is {@code StripeProvider.builder()...build().verifier()}. Immutable and thread-safe.
 */
public final class StripeWebhookVerifier implements WebhookVerifier {
    private static final String SIGNATURE_HEADER = StripeHeaders.SIGNATURE;
    /** The default tolerance for old timestamps, as stripe-java's. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);
    /** The default bound for timestamps in the future. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofSeconds(300);

    /** Longest accepted {@code t}: 12 digits reach year 33658 and keep every computation in range. */
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private final Keyring keyring;
    private final Clock clock;
    private final Duration tolerance;
    private final Duration futureTolerance;
    private final TimestampWindow window;
    private final boolean allowApiKeyShapedSecrets;

    /** Settings validated by {@link StripeProvider.Builder}. */
    StripeWebhookVerifier(
            Keyring keyring,
            Clock clock,
            Duration tolerance,
            Duration futureTolerance,
            boolean allowApiKeyShapedSecrets) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        this.futureTolerance = Objects.requireNonNull(futureTolerance, "futureTolerance");
        this.window = new TimestampWindow(tolerance, futureTolerance);
        this.allowApiKeyShapedSecrets = allowApiKeyShapedSecrets;
    }

    /**
     * A verifier for the given {@code whsec_...} secrets with the default tolerances and the system clock.
     *
     * @throws IllegalArgumentException naming the Stripe webhook secret when none is given, one is null (an unset
     *     environment variable) or blank, or one looks like a Stripe API key ({@code sk_}, {@code rk_},
     *     {@code pk_})
     */
    public static StripeWebhookVerifier create(String... secrets) {
        return StripeProvider.create(secrets).verifier();
    }

    public Keyring keyring() {
        return keyring;
    }

    public Clock clock() {
        return clock;
    }

    public Duration tolerance() {
        return tolerance;
    }

    public Duration futureTolerance() {
        return futureTolerance;
    }

    /**
     * True when built with {@link StripeProvider.Builder#allowApiKeyShapedSecrets(boolean)
     * allowApiKeyShapedSecrets(true)}.
     */
    public boolean allowsApiKeyShapedSecrets() {
        return allowApiKeyShapedSecrets;
    }

    /**
     * Proves {@code request} authentic or throws.
     *
     * @throws WebhookVerificationException with {@link Reason#MISSING_HEADER}, {@link Reason#MALFORMED_HEADER},
     *     {@link Reason#NO_MATCHING_SIGNATURE}, {@link Reason#TIMESTAMP_TOO_OLD} or
     *     {@link Reason#TIMESTAMP_TOO_NEW}, and a diagnosis
     */
    @Override
    public Verification verify(WebhookRequest request) {
        return verify(Crypto.requireSingleHeader(request, SIGNATURE_HEADER), request.body());
    }

    /**
     * Proves that {@code body} was signed by Stripe, given the value of its {@code Stripe-Signature} header.
     *
     * @throws WebhookVerificationException as {@link #verify(WebhookRequest)}
     */
    public Verification verify(@Nullable String signatureHeader, RawBody body) {
        Objects.requireNonNull(body, "body");
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookVerificationException(Reason.MISSING_HEADER, "Missing header '" + SIGNATURE_HEADER + "'");
        }
        ParsedHeader header = ParsedHeader.parse(signatureHeader);
        Instant now = clock.instant();
        Instant signedAt = Instant.ofEpochSecond(header.timestamp);
        Duration age = Duration.between(signedAt, now);
        Secret matched = null;
        search:
        for (Secret secret : keyring) {
            byte[] expected = StripeSignatures.v1(secret, header.timestamp, body);
            for (byte[] candidate : header.signatures) {
                if (Crypto.constantTimeEquals(expected, candidate)) {
                    matched = secret;
                    break search;
                }
            }
        }
        // Every diagnosis is built lazily: a forged delivery costs the HMACs and nothing else (no copy of the
        // body, no decode), unless a developer asks for it (DEBUG log, the CLI's --explain).
        if (matched == null) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "No signature in header '" + SIGNATURE_HEADER + "' matched the payload",
                    () -> noMatchDiagnosis(header, body, age));
        }
        String matchedId = matched.id();
        window.check(header.timestamp, age, SIGNATURE_HEADER, keyring.ids(), matchedId);
        return new Verification(matchedId, signedAt);
    }

    private Diagnosis noMatchDiagnosis(ParsedHeader header, RawBody body, Duration age) {
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        keyring.forEach(secret -> diagnosis.keyTried(secret.id()));
        diagnosis.clockSkew(age);
        diagnosis.signedContent("t.body", StripeSignatures.signedContent(header.timestamp, body), false);
        for (Secret secret : keyring) {
            String apiKeyPrefix = StripeSecrets.apiKeyPrefix(secret);
            if (apiKeyPrefix != null) {
                diagnosis.likelyCause("secret '" + secret.id() + "' looks like a Stripe API key (" + apiKeyPrefix
                        + "...), not a webhook signing secret: use the endpoint's whsec_... secret");
            } else if (!secret.startsWith("whsec_")) {
                diagnosis.likelyCause("secret '" + secret.id() + "' does not start with whsec_ as Stripe's "
                        + "webhook signing secrets do; use it whole, prefix included");
            }
        }
        if (header.undecodable > 0) {
            diagnosis.likelyCause(header.undecodable + " v1 value(s) in the header are not 64 hex digits");
        }
        diagnosis.likelyCauses(Crypto.bodyReencodingHints(body));
        diagnosis.likelyCause("the body was changed before verification (parsed and re-serialised, trimmed, "
                + "re-encoded): verify the exact bytes received");
        diagnosis.likelyCause("the secret belongs to another endpoint or mode: each Dashboard endpoint has its "
                + "own whsec_..., and 'stripe listen' (the Stripe CLI) prints a different one");
        return diagnosis.build();
    }

    /** Key ids and tolerances only. */
    @Override
    public String toString() {
        return "StripeWebhookVerifier[" + keyring + ", tolerance " + tolerance + ", future " + futureTolerance + "]";
    }

    /** The entries of a {@code Stripe-Signature} value that count: {@code t} and the decodable {@code v1}s. */
    private record ParsedHeader(long timestamp, List<byte[]> signatures, int undecodable) {
        static ParsedHeader parse(String value) {
            String timestamp = null;
            List<byte[]> signatures = new ArrayList<>();
            int v1Entries = 0;
            int undecodable = 0;
            for (String entry : value.split(",", -1)) {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = entry.substring(0, eq).strip();
                String item = entry.substring(eq + 1).strip();
                if (key.equals("t")) {
                    if (timestamp != null) {
                        throw malformed("has more than one timestamp 't='");
                    }
                    timestamp = item;
                } else if (key.equals(StripeSignatures.SCHEME)) {
                    v1Entries++;
                    byte[] signature = Crypto.decodeHex(item, StripeSignatures.SIGNATURE_BYTES);
                    if (signature == null) {
                        undecodable++;
                    } else {
                        signatures.add(signature);
                    }
                }
                // v0 (a test-mode decoy) and unknown schemes are ignored, as Stripe documents.
            }
            if (timestamp == null) {
                throw malformed("has no timestamp 't='");
            }
            if (timestamp.isEmpty()
                    || timestamp.length() > MAX_TIMESTAMP_DIGITS
                    || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw malformed("has a timestamp 't=' that is not a number of seconds");
            }
            if (v1Entries == 0) {
                throw malformed("has no 'v1' signature ('v0' and other schemes are ignored)");
            }
            return new ParsedHeader(Long.parseLong(timestamp), signatures, undecodable);
        }

        private static WebhookVerificationException malformed(String problem) {
            return new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE_HEADER + "' " + problem);
        }
    }
}
