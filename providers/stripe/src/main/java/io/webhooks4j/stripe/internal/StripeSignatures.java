package io.webhooks4j.stripe.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * The canonicalisation the signer and the verifier share: {@code v1} is the HMAC-SHA256, keyed with the whole
 * {@code whsec_...} string as UTF-8 bytes, of {@code "<t>.<raw body>"} where {@code t} is the decimal Unix time
 * of the {@code t=} entry. Not API.
 */
public final class StripeSignatures {
    /** The only scheme that counts. */
    public static final String SCHEME = "v1";
    /** Bytes of an HMAC-SHA256. */
    public static final int SIGNATURE_BYTES = 32;

    private StripeSignatures() {}

    /** The {@code v1} signature of {@code body} signed at {@code t} with {@code secret}. */
    public static byte[] v1(Secret secret, long t, RawBody body) {
        Mac mac = secret.mac(HmacAlgorithm.SHA256);
        mac.update(prefix(t));
        body.updateMac(mac);
        return mac.doFinal();
    }

    /** The exact signed content, {@code "<t>.<body>"}: for a diagnosis only (it copies the body). */
    public static byte[] signedContent(long t, RawBody body) {
        byte[] prefix = prefix(t);
        byte[] content = new byte[prefix.length + body.length()];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        body.asReadOnlyBuffer().get(content, prefix.length, body.length());
        return content;
    }

    private static byte[] prefix(long t) {
        return (t + ".").getBytes(StandardCharsets.US_ASCII);
    }
}
