package io.webhooks4j.twilio;

import io.webhooks4j.FormParameter;
import io.webhooks4j.Keyring;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookVerifier;
import io.webhooks4j.twilio.internal.ForwardedUrl;
import io.webhooks4j.twilio.internal.Redaction;
import io.webhooks4j.twilio.internal.SignedString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import org.jspecify.annotations.Nullable;

/**
 * Verifies {@code X-Twilio-Signature}: base64 of an HMAC (SHA-1 keyed with the auth token; SHA-256 keyed with
 * a shared key when {@code X-Twilio-Webhooks-Signature-Settings} names one) over the full URL Twilio requested
 * followed by the sorted form parameters, decoded from the raw body. For a JSON body the URL carries
 * {@code bodySHA256=<hex>}: the signature covers the URL only and the body's SHA-256 must match too.
 *
 * <p>The URL is tried as received first, then with its port toggled (the default port added, or any port
 * removed), as the official SDKs do; when the request carries {@code Authorization: Basic}, also with those
 * credentials in the URL (Twilio signs the configured URL, credentials included). {@link #create} verifies
 * with auth tokens; a provider built with shared keys hands out its verifier as {@link TwilioProvider#verifier()}.
 * Immutable and thread-safe.
 */
public final class TwilioWebhookVerifier implements WebhookVerifier {
    private static final String SIGNATURE_HEADER = TwilioHeaders.SIGNATURE;
    private static final String SIGNATURE_SETTINGS_HEADER = TwilioHeaders.SIGNATURE_SETTINGS;

    private final @Nullable Keyring authTokens;
    private final @Nullable Keyring sharedKeys;
    /** How auth tokens sign (no settings header): the same for every request, so built once. */
    private final @Nullable Scheme authTokenScheme;

    /** Auth tokens, shared keys, or both (not neither). */
    TwilioWebhookVerifier(@Nullable Keyring authTokens, @Nullable Keyring sharedKeys) {
        if (authTokens == null && sharedKeys == null) {
            throw new IllegalArgumentException("authTokens: at least one auth token or shared key is required");
        }
        this.authTokens = authTokens;
        this.sharedKeys = sharedKeys;
        this.authTokenScheme = authTokens == null ? null : new Scheme(Algorithm.SHA1, authTokens.secrets(), null);
    }

    /**
     * A verifier for the account's auth tokens: the primary, then the secondary during a rotation (ids {@code
     * key-1}, {@code key-2}).
     *
     * @throws IllegalArgumentException saying the Twilio auth token is missing when none is given, or one is null
     *     or blank
     */
    public static TwilioWebhookVerifier create(String... authTokens) {
        return new TwilioWebhookVerifier(Keyring.forProvider(TwilioProvider.AUTH_TOKEN, authTokens), null);
    }

    /**
     * Proves {@code request} came from Twilio, or throws.
     *
     * <p>A form post ({@code application/x-www-form-urlencoded}, or no Content-Type) is always verified over
     * the URL and its parameters, even when the URL carries {@code bodySHA256}: Twilio adds {@code bodySHA256}
     * to JSON requests only, and honouring it for a form would let the unsigned form body through (a URL equal
     * to the signed string of a captured message whose text holds {@code &bodySHA256=<hash>&z=}). Any other
     * Content-Type needs {@code bodySHA256} as the last parameter of the URL, where Twilio appends it (one in the
     * middle is that same forged URL): the signature covers the URL, the body must match the hash, and its bytes
     * are never read as parameters.
     *
     * <p>Verifying costs one decoding of the form (the request keeps it for the parser), one sort of the
     * parameters' references and one HMAC per URL variant and key tried; the signed string is fed to the MAC
     * through a buffer of at most 2 KiB, never built, and the other URL variants are built only when the URL as
     * received does not match. A forged request costs the same; the diagnosis is built only when {@link
     * WebhookVerificationException#diagnosis()} is called.
     *
     * @return the id of the auth token or shared key that matched
     * @throws WebhookVerificationException missing or malformed header, no matching signature, body hash
     *     mismatch; with a diagnosis (values redacted) of what was signed for each URL variant tried
     * @throws io.webhooks4j.spi.WebhookParseException when a form body has a broken percent-escape (a 400: the
     *     signed string cannot be built)
     */
    @Override
    public Verification verify(WebhookRequest request) {
        return match(request);
    }

    /**
     * What a verified request's signature covers, for de-duplication: {@code sc1:} over the key id and the
     * signed content in a form every URL variant shares (the URL without its port, password redacted, followed by
     * the sorted parameters; for a JSON request that URL and the body), so a replay under another port variant,
     * with the token changed or removed, or with the parameters reordered or re-encoded gets the same key.
     */
    String signedContentKey(WebhookRequest request, Verification verification) {
        // The same key for every URL variant a replay may use (its port toggled), without verifying again: the
        // URL without its port, the parameters as signed (decoded once by the request, then sorted), as one array.
        String url = SignedString.redactPassword(SignedString.withoutPort(request.url()));
        return SignedString.isForm(request.mediaType())
                ? DeliveryKeys.ofSignedContent(
                        verification, SignedString.signedBytes(url, request.formParameters()), "twilio-form")
                : DeliveryKeys.ofSignedContent(verification, request.body(), "twilio-body", url);
    }

    /** Verifies {@code request} under every key. */
    private Verification match(WebhookRequest request) {
        String header = Crypto.requireSingleHeader(request, SIGNATURE_HEADER);
        Scheme scheme = scheme(request);
        byte[] expected = Crypto.decodeBase64(header);
        if (expected == null || expected.length != scheme.algorithm.macBytes) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Header '" + SIGNATURE_HEADER + "' is not the base64 of a " + scheme.algorithm.macBytes + "-byte "
                            + scheme.algorithm.name + " signature");
        }
        String url = request.url();
        if (url.isEmpty()) {
            throw noMatch(() -> {
                Diagnosis.Builder diagnosis = Diagnosis.builder();
                scheme.keys.forEach(k -> diagnosis.keyTried(k.id()));
                return diagnosis
                        .likelyCause("the request has no URL: the adapter must pass the full public URL Twilio"
                                + " requested, because the signature covers it")
                        .build();
            });
        }
        boolean form = SignedString.isForm(request.mediaType());
        String bodySha256 = form ? null : SignedString.trailingBodySha256(url);
        if (!form && bodySha256 == null) {
            boolean elsewhere = SignedString.hasBodySha256(url);
            throw new WebhookVerificationException(
                    Reason.BODY_HASH_MISMATCH,
                    "The " + request.mediaType() + " body is not covered by '" + SIGNATURE_HEADER + "': "
                            + (elsewhere
                                    ? SignedString.BODY_SHA256 + " is not the last parameter of the URL (Twilio"
                                            + " appends it)"
                                    : "the URL carries no " + SignedString.BODY_SHA256 + " parameter"),
                    Diagnosis.builder()
                            .likelyCause("Twilio appends bodySHA256=<hex sha256 of the body> to the URL of a JSON"
                                    + " request; a proxy or the adapter dropped, moved or rewrote the query string")
                            .likelyCause("if the sender posted a form, the Content-Type was changed on the way: a"
                                    + " form must arrive as " + SignedString.FORM)
                            .build());
        }
        // the parameters in signing order are the same for every URL variant and key: sort them once, and feed
        // them to each MAC through one small buffer instead of building the signed string
        FormParameter[] order = form ? SignedString.signingOrder(request.formParameters()) : NO_PARAMETERS;
        byte[] buffer = SignedString.buffer(url, order);
        byte[] computed = new byte[expected.length];
        // the URL as received first: only when it does not match are the other variants built
        Verification verified = attempt(url, order, scheme, buffer, expected, computed);
        if (verified == null) {
            List<Candidate> candidates = candidates(request, url);
            for (int i = 1; i < candidates.size() && verified == null; i++) {
                verified = attempt(candidates.get(i).url, order, scheme, buffer, expected, computed);
            }
            if (verified == null) {
                throw noMatch(() -> diagnose(request, url, form, scheme, expected, candidates));
            }
        }
        if (bodySha256 != null) {
            checkBodyHash(request, bodySha256);
        }
        return verified;
    }

    private static final FormParameter[] NO_PARAMETERS = new FormParameter[0];

    /** The verification by the first key whose MAC of {@code url} and the parameters is {@code expected}, or null. */
    private static @Nullable Verification attempt(
            String url, FormParameter[] order, Scheme scheme, byte[] buffer, byte[] expected, byte[] computed) {
        for (Secret key : scheme.keys) {
            Mac mac = key.mac(scheme.algorithm.hmac);
            SignedString.update(mac, url, order, buffer);
            try {
                mac.doFinal(computed, 0);
            } catch (ShortBufferException e) {
                throw new IllegalStateException(e); // computed has the MAC's length
            }
            if (Crypto.constantTimeEquals(computed, expected)) {
                return Verification.byKey(key.id());
            }
        }
        return null;
    }

    private static WebhookVerificationException noMatch(Supplier<Diagnosis> diagnosis) {
        return new WebhookVerificationException(
                Reason.NO_MATCHING_SIGNATURE,
                "The signature in header '" + SIGNATURE_HEADER + "' matched neither the URL as received nor its"
                        + " port variant",
                diagnosis);
    }

    private static void checkBodyHash(WebhookRequest request, String bodySha256) {
        byte[] claimed = Crypto.decodeHex(bodySha256, 32);
        if (claimed == null
                || !Crypto.constantTimeEquals(claimed, request.body().sha256())) {
            throw new WebhookVerificationException(
                    Reason.BODY_HASH_MISMATCH,
                    "The body's SHA-256 does not match the " + SignedString.BODY_SHA256 + " parameter of the signed"
                            + " URL",
                    () -> Diagnosis.builder()
                            .likelyCauses(Crypto.bodyReencodingHints(request.body()))
                            .likelyCause("the body was changed after Twilio sent it (re-serialised JSON, a"
                                    + " framework that read it first, a proxy)")
                            .build());
        }
    }

    // ---- which keys and algorithm ----

    private enum Algorithm {
        SHA1(HmacAlgorithm.SHA1, 20, "HMAC-SHA1"),
        SHA256(HmacAlgorithm.SHA256, 32, "HMAC-SHA256");

        final HmacAlgorithm hmac;
        final int macBytes;
        final String name;

        Algorithm(HmacAlgorithm hmac, int macBytes, String name) {
            this.hmac = hmac;
            this.macBytes = macBytes;
            this.name = name;
        }
    }

    private record Scheme(
            Algorithm algorithm,
            List<Secret> keys,
            @Nullable String namedKey) {}

    private Scheme scheme(WebhookRequest request) {
        List<String> settings = request.headers().all(SIGNATURE_SETTINGS_HEADER);
        if (settings.isEmpty()) {
            if (authTokens == null) {
                throw new WebhookVerificationException(
                        Reason.NO_MATCHING_SIGNATURE,
                        "The request is signed with the account's auth token (no '" + SIGNATURE_SETTINGS_HEADER
                                + "' header) but only shared keys are configured",
                        Diagnosis.builder()
                                .keyTried("(no auth token)")
                                .likelyCause("configure the account's auth token, or a Webhook Rule that signs"
                                        + " this URL with your shared key")
                                .build());
            }
            return authTokenScheme;
        }
        SignatureSettings parsed = SignatureSettings.parse(settings);
        if (sharedKeys == null) {
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "The request is signed with shared key '" + parsed.keyId + "' (header '" + SIGNATURE_SETTINGS_HEADER
                            + "') but no shared key is configured",
                    Diagnosis.builder()
                            .likelyCause("configure the key with TwilioProvider.builder().sharedKey(\"" + parsed.keyId
                                    + "\", secret)")
                            .build());
        }
        List<Secret> ordered = new ArrayList<>(sharedKeys.size());
        for (Secret key : sharedKeys) {
            if (key.id().equals(parsed.keyId)) {
                ordered.add(0, key);
            } else {
                ordered.add(key);
            }
        }
        return new Scheme(parsed.algorithm, ordered, parsed.keyId);
    }

    /** {@code key=<id>,algorithm=HMAC_SHA256}. */
    private record SignatureSettings(String keyId, Algorithm algorithm) {
        static SignatureSettings parse(List<String> values) {
            if (values.size() > 1) {
                throw malformed("was sent " + values.size() + " times; expected once");
            }
            String keyId = null;
            String algorithm = null;
            for (String part : values.get(0).split(",", -1)) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw malformed("is not key=<id>,algorithm=<name>");
                }
                String name = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = part.substring(eq + 1).strip();
                if (name.equals("key")) {
                    keyId = value;
                } else if (name.equals("algorithm")) {
                    algorithm = value;
                }
            }
            if (keyId == null || keyId.isEmpty() || algorithm == null) {
                throw malformed("lacks key=<id> or algorithm=<name>");
            }
            Algorithm parsed =
                    switch (algorithm.toUpperCase(Locale.ROOT)) {
                        case "HMAC_SHA256" -> Algorithm.SHA256;
                        case "HMAC_SHA1" -> Algorithm.SHA1;
                        default -> throw malformed("names an unsupported algorithm");
                    };
            return new SignatureSettings(keyId, parsed);
        }

        private static WebhookVerificationException malformed(String problem) {
            return new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + SIGNATURE_SETTINGS_HEADER + "' " + problem);
        }
    }

    // ---- URL candidates ----

    private record Candidate(String url, String description) {}

    private static List<Candidate> candidates(WebhookRequest request, String url) {
        List<Candidate> out = new ArrayList<>(4);
        addVariants(out, url, "URL as received");
        String userInfo = basicCredentials(request);
        if (userInfo != null) {
            String withCredentials = SignedString.withUserInfo(url, userInfo);
            if (withCredentials != null) {
                addVariants(out, withCredentials, "URL with the Basic credentials of the Authorization header");
            }
        }
        return out;
    }

    private static void addVariants(List<Candidate> out, String url, String description) {
        List<String> variants = SignedString.urlVariants(url);
        out.add(new Candidate(variants.get(0), description));
        for (int i = 1; i < variants.size(); i++) {
            out.add(new Candidate(variants.get(i), description + ", port toggled"));
        }
    }

    /** {@code user:password} from {@code Authorization: Basic ...}, or null. */
    private static @Nullable String basicCredentials(WebhookRequest request) {
        String authorization = request.header("Authorization").orElse("").strip();
        if (authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        byte[] decoded = Crypto.decodeBase64(authorization.substring(6).strip());
        if (decoded == null || decoded.length == 0) {
            return null;
        }
        String credentials = new String(decoded, StandardCharsets.UTF_8);
        for (int i = 0; i < credentials.length(); i++) {
            char c = credentials.charAt(i);
            if (c == '@' || c == '/' || c == '?' || c == '#' || c < 0x21) {
                return null;
            }
        }
        return credentials;
    }

    // ---- diagnosis (built only when asked for) ----

    private static Diagnosis diagnose(
            WebhookRequest request,
            String url,
            boolean form,
            Scheme scheme,
            byte[] expected,
            List<Candidate> candidates) {
        byte[] suffix = form ? SignedString.parameterSuffix(request.formParameters()) : new byte[0];
        Diagnosis.Builder diagnosis = Diagnosis.builder();
        scheme.keys.forEach(k -> diagnosis.keyTried(k.id()));
        Redaction redaction = new Redaction(scheme.keys.get(0));
        FormParameter[] sorted = form ? SignedString.sorted(request.formParameters()) : new FormParameter[0];
        String parameters = sorted.length == 0
                ? ""
                : " + " + sorted.length + " parameters sorted by name (values as length and fingerprint): "
                        + redaction.parameters(sorted);
        for (Candidate candidate : candidates) {
            diagnosis.signedContent(
                    candidate.description + ": " + redaction.url(candidate.url) + parameters,
                    SignedString.concat(candidate.url, suffix),
                    (String) null);
        }
        likelyCauses(request, url, form, suffix, scheme, expected, redaction, diagnosis);
        return diagnosis
                .likelyCause("(values are shown as [length #fingerprint], the fingerprint being the first 8 hex digits"
                        + " of HMAC-SHA256 under key '" + scheme.keys.get(0).id() + "': webhooks4j verify --explain"
                        + " with the same secret shows the same fingerprint for the same value)")
                .build();
    }

    private static void likelyCauses(
            WebhookRequest request,
            String url,
            boolean form,
            byte[] suffix,
            Scheme scheme,
            byte[] expected,
            Redaction redaction,
            Diagnosis.Builder diagnosis) {
        String forwardedUrl = ForwardedUrl.rebuild(request, url);
        boolean forwardedMatch = false;
        if (forwardedUrl != null) {
            byte[] signed = SignedString.concat(forwardedUrl, suffix);
            boolean matches = false;
            for (Secret key : scheme.keys) {
                matches |= Crypto.constantTimeEquals(key.hmac(scheme.algorithm.hmac, signed), expected);
            }
            if (matches) {
                forwardedMatch = true;
                diagnosis.likelyCause("the signature matches the URL rebuilt from the forwarded headers ("
                        + redaction.url(forwardedUrl) + "): this request came through a proxy;"
                        + " configure the public base URL (or trust the proxy's forwarded headers) in the adapter"
                        + " so the request URL is the one Twilio requested");
            }
        }
        if (ForwardedUrl.present(request)) {
            diagnosis.likelyCause("the request came through a proxy (X-Forwarded-* or Forwarded headers are"
                    + " present): the URL the application sees may differ from the public URL Twilio signed;"
                    + " configure the public base URL in the adapter");
        }
        if (url.regionMatches(true, 0, "http://", 0, 7)) {
            diagnosis.likelyCause("the URL is http: if Twilio calls https and TLS ends at a proxy, the scheme"
                    + " differs from the one Twilio signed");
        }
        if (form && SignedString.hasBodySha256(url)) {
            diagnosis.likelyCause("the URL carries " + SignedString.BODY_SHA256 + " but the body is a form: Twilio"
                    + " adds " + SignedString.BODY_SHA256 + " to JSON requests only, so the form parameters are"
                    + " part of the signed string; a captured signature replayed to a URL holding another"
                    + " request's signed string looks like this");
        }
        if (scheme.namedKey != null && scheme.keys.stream().noneMatch(k -> k.id().equals(scheme.namedKey))) {
            diagnosis.likelyCause("header '" + SIGNATURE_SETTINGS_HEADER + "' names shared key '" + scheme.namedKey
                    + "', which is not configured");
        }
        for (Secret key : scheme.keys) {
            if (key.startsWith("AC")) {
                diagnosis.likelyCause("secret '" + key.id() + "' starts like an Account SID (AC...): use the"
                        + " auth token, not the SID");
            } else if (key.startsWith("SK")) {
                diagnosis.likelyCause("secret '" + key.id() + "' starts like an API key SID (SK...): Twilio signs"
                        + " with the account's auth token");
            }
        }
        if (!forwardedMatch && scheme.namedKey == null && scheme.keys.size() == 1) {
            diagnosis.likelyCause("the auth token was rotated: Twilio signs with the primary token only; during"
                    + " a rotation configure both (primary, then secondary)");
        }
        diagnosis.likelyCause("the URL must be exactly the one configured in Twilio: scheme, host, port, path and"
                + " query with the same percent-encoding");
        if (!form) {
            diagnosis.likelyCause("the Content-Type is " + request.mediaType() + ", so the signature covers the URL"
                    + " only (with " + SignedString.BODY_SHA256 + "); if the sender posted a form, the Content-Type"
                    + " was changed on the way");
        }
    }

    /** toString: key ids only. */
    @Override
    public String toString() {
        return "TwilioWebhookVerifier[authTokens=" + (authTokens == null ? "[]" : authTokens.ids()) + ", sharedKeys="
                + (sharedKeys == null ? "[]" : sharedKeys.ids()) + "]";
    }

    /** The ids of the auth tokens, then of the shared keys. */
    List<String> keyIds() {
        List<String> ids = new ArrayList<>(authTokens == null ? List.of() : authTokens.ids());
        ids.addAll(sharedKeys == null ? List.of() : sharedKeys.ids());
        return List.copyOf(ids);
    }

    static String requireNonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value;
    }
}
