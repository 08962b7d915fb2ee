package io.webhooks4j.twilio;

import io.webhooks4j.FormParameters;
import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.WebhookSigner;
import io.webhooks4j.twilio.internal.SignedString;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs a request the way Twilio does, for tests, fixtures and the CLI: {@code X-Twilio-Signature} over the
 * request's URL and sorted form parameters (HMAC-SHA1 with an auth token, or HMAC-SHA256 with a shared key plus
 * {@code X-Twilio-Webhooks-Signature-Settings}). For a non-form body it first adds {@code bodySHA256=<hex>} to
 * the URL, as Twilio does for JSON. Adds {@code User-Agent}, {@code Content-Type} and a
 * {@code I-Twilio-Idempotency-Token} (derived from the URL and body, so a re-sent copy carries the same one)
 * when they are missing. {@link #create} signs with an auth token; a provider built with shared keys only hands
 * out a shared-key signer as {@link TwilioProvider#signer()}. Immutable and thread-safe.
 */
public final class TwilioSigner implements WebhookSigner {
    /** Twilio's user agent. */
    public static final String USER_AGENT = "TwilioProxy/1.1";

    private final Secret key;
    private final HmacAlgorithm algorithm;
    private final boolean shared;

    private TwilioSigner(Secret key, HmacAlgorithm algorithm, boolean shared) {
        this.key = Objects.requireNonNull(key, "key");
        this.algorithm = algorithm;
        this.shared = shared;
    }

    /**
     * A signer using the account's auth token and HMAC-SHA1: the first of {@code authTokens}, the primary (Twilio
     * signs with the primary only).
     *
     * @throws IllegalArgumentException saying the Twilio auth token is missing when none is given, or one is null
     *     or blank
     */
    public static TwilioSigner create(String... authTokens) {
        return authToken(
                Keyring.forProvider(TwilioProvider.AUTH_TOKEN, authTokens).primary());
    }

    static TwilioSigner authToken(Secret token) {
        return new TwilioSigner(token, HmacAlgorithm.SHA1, false);
    }

    static TwilioSigner sharedKey(Secret key) {
        return new TwilioSigner(key, HmacAlgorithm.SHA256, true);
    }

    /**
     * The exact string Twilio signs: {@code url} followed by each parameter's name and value, sorted by name
     * then value, identical duplicates once.
     */
    public static String signedString(String url, FormParameters parameters) {
        return SignedString.of(url, parameters);
    }

    /** The base64 signature of {@code url} and {@code parameters}. */
    public String signature(String url, FormParameters parameters) {
        return Base64.getEncoder().encodeToString(key.hmac(algorithm, SignedString.signedBytes(url, parameters)));
    }

    /**
     * {@code unsigned} with Twilio's headers added; its URL gains {@code bodySHA256} when the body is not a
     * form.
     *
     * @throws IllegalArgumentException when the request has no URL (the signature covers it)
     */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        String url = unsigned.url();
        if (url.isEmpty()) {
            throw new IllegalArgumentException("The request needs its full URL: Twilio's signature covers it");
        }
        // as Twilio does and the verifier expects: a form signs its parameters (a bodySHA256 already in the URL
        // stays part of the URL), anything else signs the URL with bodySHA256 added
        boolean form = SignedString.isForm(unsigned.mediaType());
        WebhookRequest.Builder out = unsigned.toBuilder();
        FormParameters parameters;
        if (form) {
            parameters = unsigned.formParameters();
        } else {
            if (SignedString.trailingBodySha256(url) == null) {
                url = SignedString.appendBodySha256(
                        url, HexFormat.of().formatHex(unsigned.body().sha256()));
                out.url(url);
            }
            parameters = FormParameters.empty();
        }
        out.setHeader(TwilioHeaders.SIGNATURE, signature(url, parameters));
        if (shared) {
            out.setHeader(TwilioHeaders.SIGNATURE_SETTINGS, "key=" + key.id() + ",algorithm=HMAC_SHA256");
        } else {
            out.removeHeader(TwilioHeaders.SIGNATURE_SETTINGS);
        }
        out.headerIfAbsent("User-Agent", USER_AGENT);
        if (!unsigned.body().isEmpty()) {
            out.headerIfAbsent("Content-Type", "application/x-www-form-urlencoded");
        }
        String signedUrl = url;
        return out.headerIfAbsent(TwilioHeaders.IDEMPOTENCY_TOKEN, () -> idempotencyToken(signedUrl, unsigned.body()))
                .build();
    }

    /** A UUID derived from the URL and the body, so signing the same request twice gives the same token. */
    private static String idempotencyToken(String url, RawBody rawBody) {
        byte[] url8 = SignedString.utf8(url);
        byte[] body = rawBody.toByteArray();
        byte[] both = new byte[url8.length + 1 + body.length];
        System.arraycopy(url8, 0, both, 0, url8.length);
        System.arraycopy(body, 0, both, url8.length + 1, body.length);
        return UUID.nameUUIDFromBytes(both).toString();
    }

    /** The key id only. */
    @Override
    public String toString() {
        return "TwilioSigner[" + key.id() + (shared ? ", shared key, HMAC-SHA256" : ", HMAC-SHA1") + "]";
    }
}
