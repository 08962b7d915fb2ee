package io.webhooks4j.stripe;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.TimestampedVerifier;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.stripe.internal.StripeSecrets;
import io.webhooks4j.stripe.internal.StripeSignatures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
public final class StripeWebhookVerifier extends TimestampedVerifier {
    private static final String SIGNATURE_HEADER = StripeHeaders.SIGNATURE;
    /** The default tolerance for old timestamps, as stripe-java's. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);
    /** The default bound for timestamps in the future. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofSeconds(300);

    /** Longest accepted {@code t}: 12 digits reach year 33658 and keep every computation in range. */
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private final Keyring keyring;

    private final boolean allowApiKeyShapedSecrets;

    /** Settings validated by {@link StripeProvider.Builder}. */
    StripeWebhookVerifier(
            Keyring keyring,
            Clock clock,
            Duration tolerance,
            Duration futureTolerance,
            boolean allowApiKeyShapedSecrets) {
        super(clock, tolerance, futureTolerance);
        this.keyring = Objects.requireNonNull(keyring, "keyring");
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
        Duration age = age(header.timestamp);
        byte[] signedPrefix = header.signedPrefix; // "<t>.": the MAC gets it, then the body, which is never copied
        Secret matched = null;
        search:
        for (Secret secret : keyring) {
            byte[] expected = StripeSignatures.v1(secret, signedPrefix, body);
            for (int i = 0; i < header.count; i++) {
                if (Crypto.constantTimeEquals(expected, header.signatures[i])) {
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
        checkWindow(header.timestamp, age, SIGNATURE_HEADER, keyring.ids(), matchedId);
        return new Verification(matchedId, Instant.ofEpochSecond(header.timestamp));
    }

    private Diagnosis noMatchDiagnosis(ParsedHeader header, RawBody body, Duration age) {
        Diagnosis.Builder diagnosis = Diagnosis.builder().keysTried(keyring);
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
        return "StripeWebhookVerifier[" + keyring + ", tolerance " + tolerance() + ", future " + futureTolerance()
                + "]";
    }

    /**
     * The entries of a {@code Stripe-Signature} value that count: {@code t} and the decodable {@code v1}s (the first
     * {@code count} of {@code signatures}). Read in one scan of the header, with no substrings: entries are split at
     * {@code ','}, key and value at the first {@code '='}, each stripped of whitespace.
     */
    private record ParsedHeader(long timestamp, byte[] signedPrefix, byte[][] signatures, int count, int undecodable) {
        /** The value of each ASCII character as a hex digit, -1 for those that are not one. */
        private static final byte[] HEX_DIGITS = new byte[128];

        static {
            for (char c = 0; c < HEX_DIGITS.length; c++) {
                HEX_DIGITS[c] = (byte) Character.digit(c, 16);
            }
        }

        static ParsedHeader parse(String value) {
            int n = value.length();
            int timestampStart = -1;
            int timestampEnd = -1;
            byte[][] signatures = new byte[2][];
            int count = 0;
            int v1Entries = 0;
            int undecodable = 0;
            int nextEq = -1; // the first '=' at or after start (n when none): found once, however many entries
            for (int start = 0; start <= n; ) {
                int end = value.indexOf(',', start);
                if (end < 0) {
                    end = n;
                }
                if (nextEq < start) {
                    nextEq = value.indexOf('=', start);
                    if (nextEq < 0) {
                        nextEq = n;
                    }
                }
                int eq = nextEq < end ? nextEq : -1;
                if (eq >= 0) {
                    int keyStart = skipWhitespace(value, start, eq);
                    int keyEnd = trimWhitespace(value, keyStart, eq);
                    int itemStart = skipWhitespace(value, eq + 1, end);
                    int itemEnd = trimWhitespace(value, itemStart, end);
                    int keyLength = keyEnd - keyStart;
                    if (keyLength == 1 && value.charAt(keyStart) == 't') {
                        if (timestampStart >= 0) {
                            throw malformed("has more than one timestamp 't='");
                        }
                        timestampStart = itemStart;
                        timestampEnd = itemEnd;
                    } else if (keyLength == StripeSignatures.SCHEME.length()
                            && value.startsWith(StripeSignatures.SCHEME, keyStart)) {
                        v1Entries++;
                        byte[] signature = decodeHex(value, itemStart, itemEnd);
                        if (signature == null) {
                            undecodable++;
                        } else {
                            if (count == signatures.length) {
                                signatures = Arrays.copyOf(signatures, count * 2);
                            }
                            signatures[count++] = signature;
                        }
                    }
                    // v0 (a test-mode decoy) and unknown schemes are ignored, as Stripe documents.
                }
                start = end + 1;
            }
            if (timestampStart < 0) {
                throw malformed("has no timestamp 't='");
            }
            int digits = timestampEnd - timestampStart;
            if (digits == 0 || digits > MAX_TIMESTAMP_DIGITS) {
                throw malformed("has a timestamp 't=' that is not a number of seconds");
            }
            long timestamp = 0;
            for (int i = timestampStart; i < timestampEnd; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    throw malformed("has a timestamp 't=' that is not a number of seconds");
                }
                timestamp = timestamp * 10 + (c - '0');
            }
            if (v1Entries == 0) {
                throw malformed("has no 'v1' signature ('v0' and other schemes are ignored)");
            }
            byte[] signedPrefix;
            if (value.charAt(timestampStart) != '0'
                    || digits == 1) { // canonical: the header's digits are Long.toString(t)
                signedPrefix = new byte[digits + 1];
                for (int i = 0; i < digits; i++) {
                    signedPrefix[i] = (byte) value.charAt(timestampStart + i);
                }
                signedPrefix[digits] = '.';
            } else { // leading zeros: Stripe signs the number, not the text
                signedPrefix = StripeSignatures.prefix(timestamp);
            }
            return new ParsedHeader(timestamp, signedPrefix, signatures, count, undecodable);
        }

        /** The first index in {@code [from, to)} that is not whitespace (as {@link String#strip()} sees it). */
        private static int skipWhitespace(String s, int from, int to) {
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            return from;
        }

        /** {@code to}, moved back over trailing whitespace, but not before {@code from}. */
        private static int trimWhitespace(String s, int from, int to) {
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            return to;
        }

        /** The hex digits {@code s[from, to)} as a signature, or null when they are not 64 hex digits. */
        private static byte @Nullable [] decodeHex(String s, int from, int to) {
            if (to - from != StripeSignatures.SIGNATURE_BYTES * 2) {
                return null;
            }
            byte[] out = new byte[StripeSignatures.SIGNATURE_BYTES];
            for (int i = 0; i < out.length; i++) {
                int hi = hexDigit(s.charAt(from + 2 * i));
                int lo = hexDigit(s.charAt(from + 2 * i + 1));
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out[i] = (byte) ((hi << 4) | lo);
            }
            return out;
        }

        /** {@link Character#digit(char, int) Character.digit(c, 16)}, from a table for ASCII. */
        private static int hexDigit(char c) {
            return c < HEX_DIGITS.length ? HEX_DIGITS[c] : Character.digit(c, 16);
        }

        private static WebhookVerificationException malformed(String problem) {
            return new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE_HEADER + "' " + problem);
        }
    }
}
