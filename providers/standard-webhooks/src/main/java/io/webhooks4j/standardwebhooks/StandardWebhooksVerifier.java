package io.webhooks4j.standardwebhooks;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.TimestampedVerifier;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.standardwebhooks.internal.Base64Text;
import io.webhooks4j.standardwebhooks.internal.HeaderFamily;
import io.webhooks4j.standardwebhooks.internal.StandardWebhooksKey;
import io.webhooks4j.standardwebhooks.internal.StandardWebhooksSignatures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a Standard Webhooks delivery on its exact raw body: {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature} (or Svix's {@code svix-*} names), where the signature header is a space-separated list
 * of {@code v1,<base64 HMAC-SHA256>} and {@code v1a,<base64 Ed25519>} over {@code "<id>.<timestamp>.<body>"}. Any
 * signature matching any key of the keyring proves the delivery (senders send one per key while rotating);
 * unknown schemes are ignored. The signature is checked first, then the time: a timestamp older than
 * {@link #tolerance()} or further ahead than {@link #futureTolerance()} (both 5 minutes by default, as the
 * specification's libraries) is rejected.
 *
 * <p>Bounded work whatever the sender writes: at most {@value #MAX_SIGNATURES} entries in the signature header
 * (more is a {@code malformed_header}), one HMAC per {@code whsec_} key whatever the number of {@code v1} entries,
 * and at most {@value #MAX_ED25519_VERIFICATIONS} Ed25519 verifications per delivery.
 *
 * <p>Cheap for an authentic delivery too: three header look-ups, the signature header read in place (no split, no
 * substrings; each {@code v1} value decoded from the header's text into one array, accepting exactly what {@code
 * java.util.Base64} accepts), the {@code "<id>.<timestamp>."} prefix written as bytes, and the body fed to the HMAC
 * as it is, never copied into the signed content.
 *
 * <p>{@link #create(String...)} gives one with the default settings; one with other settings (tolerances, clock,
 * key ids) is {@code StandardWebhooksProvider.builder()...build().verifier()}. Immutable and thread-safe.
 */
public final class StandardWebhooksVerifier extends TimestampedVerifier {
    /** The default tolerance for old timestamps: 5 minutes, as the official libraries. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** The default bound for timestamps in the future: 5 minutes, as the official libraries. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /**
     * Most signature entries accepted in one header. Svix keeps up to 10 old keys besides the current one
     * (svix-server {@code ExpiringSigningKeys::MAX_OLD_KEYS}), so a real sender sends at most 11.
     */
    public static final int MAX_SIGNATURES = 16;
    /**
     * Most Ed25519 verifications one delivery may cost (pairs of {@code whpk_}/{@code whsk_} key and {@code v1a}
     * entry, in keyring then header order). Each one reads the whole body again, so a forged header with many
     * {@code v1a} entries costs no more than this.
     */
    public static final int MAX_ED25519_VERIFICATIONS = 4;
    /** Longest accepted {@code webhook-id}, in characters (Svix's ids have about 30). */
    public static final int MAX_ID_LENGTH = 256;

    /** Longest accepted signature header: {@value #MAX_SIGNATURES} {@code v1a} entries fit with room to spare. */
    static final int MAX_SIGNATURE_HEADER_CHARS = 4096;
    /** Longest accepted timestamp: 12 digits reach year 33658 and keep every computation in range. */
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    private final List<StandardWebhooksKey> keys;
    private final List<String> keyIds;

    /** Settings validated by {@link StandardWebhooksProvider.Builder}. */
    StandardWebhooksVerifier(
            List<StandardWebhooksKey> keys, Clock clock, Duration tolerance, Duration futureTolerance) {
        super(clock, tolerance, futureTolerance);
        this.keys = List.copyOf(keys);
        this.keyIds = this.keys.stream().map(StandardWebhooksKey::id).toList();
    }

    /**
     * A verifier for the given keys ({@code whsec_...}, {@code whpk_...} or {@code whsk_...}; ids {@code key-1},
     * {@code key-2}...) with the default tolerances and the system clock.
     *
     * @throws IllegalArgumentException naming the key when none is given, one is null (an unset environment
     *     variable) or blank, or one cannot be read as a key
     */
    public static StandardWebhooksVerifier create(String... keys) {
        return StandardWebhooksProvider.create(keys).verifier();
    }

    /** The ids of the keys, in order. */
    public List<String> keyIds() {
        List<String> ids = new ArrayList<>(keys.size());
        keys.forEach(k -> ids.add(k.id()));
        return ids;
    }

    /**
     * The Ed25519 public keys ({@code whpk_...}) of the keyring's {@code whpk_} and {@code whsk_} keys, by key id,
     * in order: not secret, for handing to a receiver.
     */
    public List<String> publicKeys() {
        List<String> out = new ArrayList<>();
        for (StandardWebhooksKey key : keys) {
            String publicKey = key.verifiesV1a() ? key.publicKeyText() : null;
            if (publicKey != null) {
                out.add(publicKey);
            }
        }
        return out;
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
        Headers headers = request.headers();
        // three look-ups when the webhook-* family is complete, as senders send it; the family rules otherwise
        HeaderFamily family = HeaderFamily.STANDARD;
        List<String> signatures = headers.all(family.signature());
        List<String> ids = headers.all(family.id());
        List<String> timestamps = headers.all(family.timestamp());
        if (signatures.isEmpty() || ids.isEmpty() || timestamps.isEmpty()) {
            family = HeaderFamily.of(headers);
            signatures = headers.all(family.signature());
            ids = headers.all(family.id());
            timestamps = headers.all(family.timestamp());
        }
        String signature = Crypto.requireSingleHeader(family.signature(), signatures);
        String id = Crypto.requireSingleHeader(family.id(), ids);
        String timestamp = Crypto.requireSingleHeader(family.timestamp(), timestamps);
        return verify(family, id, timestamp, signature, request.body());
    }

    /**
     * Proves that {@code body} was signed, given the values of the {@code webhook-id}, {@code webhook-timestamp}
     * and {@code webhook-signature} headers.
     *
     * @throws WebhookVerificationException as {@link #verify(WebhookRequest)}
     */
    public Verification verify(
            @Nullable String id, @Nullable String timestamp, @Nullable String signatureHeader, RawBody body) {
        HeaderFamily family = HeaderFamily.STANDARD;
        return verify(
                family,
                require(family.id(), id),
                require(family.timestamp(), timestamp),
                require(family.signature(), signatureHeader),
                body);
    }

    private static String require(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new WebhookVerificationException(Reason.MISSING_HEADER, "Missing header '" + name + "'");
        }
        return value.strip();
    }

    private Verification verify(HeaderFamily family, String id, String timestampText, String header, RawBody body) {
        Objects.requireNonNull(body, "body");
        checkId(family, id);
        long timestamp = parseTimestamp(family, timestampText);
        ParsedSignatures signatures = ParsedSignatures.parse(family, header);
        // the timestamp as the decimal number it is: the header's digits unless they carry leading zeros
        byte[] prefix = timestampText.length() > 1 && timestampText.charAt(0) == '0'
                ? StandardWebhooksSignatures.prefix(id, timestamp)
                : StandardWebhooksSignatures.prefix(id, timestampText);
        Duration age = age(timestamp);

        @Nullable StandardWebhooksKey matched = null;
        if (signatures.v1Count > 0) {
            byte[] expected = new byte[StandardWebhooksSignatures.V1_BYTES];
            search:
            for (StandardWebhooksKey key : keys) {
                if (!key.verifiesV1()) {
                    continue;
                }
                StandardWebhooksSignatures.v1(key.hmac(), prefix, body, expected);
                for (int i = 0; i < signatures.v1Count; i++) {
                    if (StandardWebhooksSignatures.constantTimeEquals(
                            expected, signatures.v1, i * StandardWebhooksSignatures.V1_BYTES)) {
                        matched = key;
                        break search;
                    }
                }
            }
        }
        int ed25519Skipped = 0;
        if (matched == null && !signatures.v1a.isEmpty()) {
            int verifications = 0;
            search:
            for (StandardWebhooksKey key : keys) {
                if (!key.verifiesV1a()) {
                    continue;
                }
                for (byte[] candidate : signatures.v1a) {
                    if (verifications == MAX_ED25519_VERIFICATIONS) {
                        ed25519Skipped++;
                        continue;
                    }
                    verifications++;
                    if (StandardWebhooksSignatures.verifiesV1a(key.publicKey(), prefix, body, candidate)) {
                        matched = key;
                        break search;
                    }
                }
            }
        }
        // Every diagnosis is built lazily: a forged delivery costs the signature checks and nothing else (no copy
        // of the body, no decode), unless a developer asks for it (DEBUG log, the CLI's --explain).
        if (matched == null) {
            int skipped = ed25519Skipped;
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "No signature in header '" + family.signature() + "' matched the payload",
                    () -> noMatchDiagnosis(family, signatures, prefix, body, age, skipped));
        }
        String matchedId = matched.id();
        checkWindow(timestamp, age, family.timestamp(), keyIds, matchedId);
        return new Verification(matchedId, Instant.ofEpochSecond(timestamp));
    }

    /** The id is part of the signed content and becomes the delivery id: printable ASCII, bounded. */
    private static void checkId(HeaderFamily family, String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw malformed(family.id(), "is longer than " + MAX_ID_LENGTH + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw malformed(family.id(), "holds a character that is not printable ASCII");
            }
        }
    }

    private static long parseTimestamp(HeaderFamily family, String text) {
        if (text.isEmpty() || text.length() > MAX_TIMESTAMP_DIGITS) {
            throw malformed(family.timestamp(), "is not a number of seconds (up to 12 digits)");
        }
        long seconds = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed(family.timestamp(), "is not a number of seconds (up to 12 digits)");
            }
            seconds = seconds * 10 + (c - '0');
        }
        return seconds;
    }

    static WebhookVerificationException malformed(String header, String problem) {
        return new WebhookVerificationException(Reason.MALFORMED_HEADER, "Header '" + header + "' " + problem);
    }

    private Diagnosis noMatchDiagnosis(
            HeaderFamily family, ParsedSignatures signatures, byte[] prefix, RawBody body, Duration age, int skipped) {
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        keys.forEach(key -> diagnosis.keyTried(key.id()));
        diagnosis.clockSkew(age);
        diagnosis.signedContent(
                family.id() + "." + family.timestamp() + ".body",
                StandardWebhooksSignatures.signedContent(prefix, body),
                false);
        boolean hasHmacKey = keys.stream().anyMatch(StandardWebhooksKey::verifiesV1);
        boolean hasEd25519Key = keys.stream().anyMatch(StandardWebhooksKey::verifiesV1a);
        if (signatures.v1Count > 0 && signatures.v1a.isEmpty() && !hasHmacKey) {
            diagnosis.likelyCause("the header has only v1 (HMAC-SHA256) signatures but every key is an Ed25519 key"
                    + " (whpk_/whsk_): configure the sender's whsec_ secret");
        }
        if (!signatures.v1a.isEmpty() && signatures.v1Count == 0 && !hasEd25519Key) {
            diagnosis.likelyCause("the header has only v1a (Ed25519) signatures but no key is an Ed25519 key:"
                    + " configure the sender's whpk_ public key");
        }
        for (StandardWebhooksKey key : keys) {
            String hint = key.shapeHint();
            if (hint != null) {
                diagnosis.likelyCause(hint);
            }
        }
        if (signatures.undecodable > 0) {
            diagnosis.likelyCause(signatures.undecodable + " v1/v1a value(s) in header '" + family.signature()
                    + "' are not base64 of the right length (32 bytes for v1, 64 for v1a)");
        }
        if (skipped > 0) {
            diagnosis.likelyCause(skipped + " Ed25519 check(s) were not made: at most " + MAX_ED25519_VERIFICATIONS
                    + " are made per delivery");
        }
        if (age.abs().compareTo(tolerance().plus(futureTolerance())) > 0) {
            diagnosis.likelyCause("the timestamp is " + age.getSeconds() + " s away from this server's clock: an old"
                    + " capture replayed, or a clock far off (check NTP)");
        }
        diagnosis.likelyCauses(Crypto.bodyReencodingHints(body));
        diagnosis.likelyCause("the body was changed before verification (parsed and re-serialised, trimmed, "
                + "re-encoded): verify the exact bytes received");
        diagnosis.likelyCause("the secret belongs to another endpoint or sender: each endpoint has its own whsec_...,"
                + " and a rotated secret must be added next to the old one until the rotation is over");
        return diagnosis.build();
    }

    /** Key ids and tolerances only. */
    @Override
    public String toString() {
        return "StandardWebhooksVerifier[keys " + keys + ", tolerance " + tolerance() + ", future " + futureTolerance()
                + "]";
    }

    /**
     * The entries of a signature header that count: decodable {@code v1} values (their bytes one after the other in
     * {@link #v1}) and {@code v1a} values. Read in place, without splitting the header or copying its entries: one
     * array of {@code v1} bytes, whatever the number of entries (one for almost every delivery).
     */
    private static final class ParsedSignatures {
        private static final byte[] NONE = new byte[0];

        byte[] v1 = NONE;
        int v1Count;
        List<byte[]> v1a = List.of();
        int undecodable;

        static ParsedSignatures parse(HeaderFamily family, String value) {
            if (value.length() > MAX_SIGNATURE_HEADER_CHARS) {
                throw malformed(family.signature(), "is longer than " + MAX_SIGNATURE_HEADER_CHARS + " characters");
            }
            ParsedSignatures out = new ParsedSignatures();
            int entries = 0;
            int known = 0;
            int n = value.length();
            for (int start = 0; start <= n; ) {
                int end = value.indexOf(' ', start);
                if (end < 0) {
                    end = n;
                }
                if (end > start) { // several spaces in a row make empty entries: skipped
                    if (++entries > MAX_SIGNATURES) {
                        throw malformed(family.signature(), "has more than " + MAX_SIGNATURES + " signatures");
                    }
                    int comma = value.indexOf(',', start);
                    if (comma >= 0 && comma < end) {
                        boolean isV1 = isScheme(value, start, comma, StandardWebhooksSignatures.V1);
                        boolean isV1a = !isV1 && isScheme(value, start, comma, StandardWebhooksSignatures.V1A);
                        // unknown schemes are ignored, as the specification's libraries do
                        if (isV1 || isV1a) {
                            known++;
                            out.add(isV1, value, comma + 1, end);
                        }
                    }
                }
                start = end + 1;
            }
            if (known == 0) {
                throw malformed(family.signature(), "has no 'v1,' or 'v1a,' signature");
            }
            return out;
        }

        private static boolean isScheme(String value, int start, int comma, String scheme) {
            return comma - start == scheme.length() && value.startsWith(scheme, start);
        }

        private void add(boolean isV1, String value, int from, int to) {
            int expectedBytes = isV1 ? StandardWebhooksSignatures.V1_BYTES : StandardWebhooksSignatures.V1A_BYTES;
            // Base64 of n bytes is at most 4 * ceil(n / 3) characters: refuse longer input before decoding it.
            if (to == from || to - from > 4 * ((expectedBytes + 2) / 3)) {
                undecodable++;
                return;
            }
            if (isV1) {
                int at = v1Count * expectedBytes;
                if (v1.length < at + expectedBytes) {
                    v1 = Arrays.copyOf(v1, Math.max(at + expectedBytes, 2 * v1.length));
                }
                if (Base64Text.decode(value, from, to, v1, at, expectedBytes)) {
                    v1Count++;
                } else {
                    undecodable++;
                }
            } else {
                byte[] signature = new byte[expectedBytes];
                if (Base64Text.decode(value, from, to, signature, 0, expectedBytes)) {
                    if (v1a.isEmpty()) {
                        v1a = new ArrayList<>(2);
                    }
                    v1a.add(signature);
                } else {
                    undecodable++;
                }
            }
        }
    }
}
