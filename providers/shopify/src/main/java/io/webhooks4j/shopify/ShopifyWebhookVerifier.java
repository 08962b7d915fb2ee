package io.webhooks4j.shopify;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.shopify.internal.ShopifyHeaderFamily;
import io.webhooks4j.shopify.internal.ShopifyHmac;
import io.webhooks4j.shopify.internal.ShopifySecrets;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Secret;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookVerifier;
import java.util.Objects;

/**
 * Verifies Shopify deliveries: {@code X-Shopify-Hmac-Sha256} (or {@code shopify-hmac-sha256} on event deliveries)
 * must be the base64 HMAC-SHA256 of the exact body bytes under one of the keyring's client secrets. Every key is
 * tried, because Shopify keeps signing with the old secret for up to an hour after a rotation.
 *
 * <p>Outcomes: a missing, malformed or non-matching HMAC is a {@link WebhookVerificationException} (401: the App
 * Store requires 401 for an invalid HMAC). Once the HMAC matches, a missing topic, shop domain, API version or
 * webhook id is a {@link WebhookParseException} with {@link Reason#MISSING_EVENT_TYPE} (topic) or
 * {@link Reason#MISSING_REQUIRED_HEADER} (400): the delivery is authentic but cannot be handled.
 *
 * <p>{@link #create(String...)} gives one with the default settings; one with other settings (key ids) is {@code
 * ShopifyProvider.builder()...build().verifier()}. Immutable and thread-safe.
 */
public final class ShopifyWebhookVerifier implements WebhookVerifier {
    private final Keyring keyring;

    /** Settings validated by {@link ShopifyProvider.Builder}. */
    ShopifyWebhookVerifier(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /**
     * A verifier for the app's client secret(s), newest first (ids {@code key-1}, {@code key-2}, ...).
     *
     * A secret shaped like an Admin API access token ({@code shpat_}, {@code shpca_}, {@code shppa_},
     * {@code shpua_}) logs a WARN naming its id: Shopify signs webhooks with the app's client secret, so such a key
     * never verifies anything.
     *
     * @throws IllegalArgumentException naming the Shopify client secret when none is given, or one is null (an
     *     unset environment variable) or blank
     */
    public static ShopifyWebhookVerifier create(String... clientSecrets) {
        return ShopifyProvider.create(clientSecrets).verifier();
    }

    public Keyring keyring() {
        return keyring;
    }

    /**
     * Proves {@code request} was signed by Shopify with one of the keyring's secrets and carries the headers Shopify
     * always sends.
     *
     * @return the id of the matching key
     * @throws WebhookVerificationException when the HMAC is absent, unreadable or matches no key (401)
     * @throws WebhookParseException when the delivery is authentic but lacks a required header (400)
     */
    @Override
    public Verification verify(WebhookRequest request) {
        ShopifyHeaderFamily family = ShopifyHeaderFamily.of(request);
        String header = Crypto.requireSingleHeader(request, family.hmac);
        byte[] expected = decode(family.hmac, header);
        RawBody body = request.body();
        String matched = null;
        for (Secret secret : keyring) {
            if (Crypto.constantTimeEquals(ShopifyHmac.of(secret, body), expected)) {
                matched = secret.id();
                break;
            }
        }
        if (matched == null) {
            // Lazy: copying, hashing and decoding the body happens only if a developer asks (DEBUG, CLI --explain).
            throw new WebhookVerificationException(
                    Reason.NO_MATCHING_SIGNATURE,
                    "The HMAC in header '" + family.hmac + "' matched the payload under none of the keys "
                            + keyring.ids(),
                    () -> noMatchDiagnosis(body));
        }
        family.requireDeliveryHeaders(request);
        return Verification.byKey(matched);
    }

    private Diagnosis noMatchDiagnosis(RawBody body) {
        Diagnosis.Builder diagnosis = Diagnosis.builder().keysTried(keyring);
        diagnosis.signedContent("raw body", body.toByteArray(), false);
        diagnosis.likelyCauses(Crypto.bodyReencodingHints(body));
        for (Secret secret : keyring) {
            ShopifySecrets.accessTokenPrefix(secret)
                    .ifPresent(prefix -> diagnosis.likelyCause("secret " + secret.id() + " looks like an Admin API"
                            + " access token (" + prefix + "...); Shopify signs with the app's client secret (API"
                            + " secret key)"));
        }
        diagnosis.likelyCause("the body was changed (parsed and re-serialised, re-encoded) before verification");
        diagnosis.likelyCause("the delivery was signed with another app's client secret, or with a secret rotated"
                + " out of the keyring more than an hour ago");
        diagnosis.likelyCause("webhooks created in the Shopify admin (Settings > Notifications) are signed with"
                + " the key shown there, not with the app's client secret");
        return diagnosis.build();
    }

    private static byte[] decode(String name, String value) {
        if (isHexSha256(value)) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Header '" + name + "' looks like hex (64 hex digits); Shopify sends the HMAC-SHA256 in base64"
                            + " (44 characters ending in '='): the sender encoded it as hex");
        }
        byte[] decoded = Crypto.decodeBase64(value);
        if (decoded == null) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER, "Header '" + name + "' is not base64; expected a base64 HMAC-SHA256");
        }
        if (decoded.length != ShopifyHmac.LENGTH) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Header '" + name + "' decodes to " + decoded.length + " bytes; an HMAC-SHA256 has "
                            + ShopifyHmac.LENGTH);
        }
        return decoded;
    }

    /** 64 hex digits: an HMAC-SHA256 in hex (checked without a regex: this runs on every delivery). */
    private static boolean isHexSha256(String value) {
        if (value.length() != 2 * ShopifyHmac.LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "ShopifyWebhookVerifier[" + keyring + "]";
    }
}
