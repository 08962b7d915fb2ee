package io.webhooks4j.stripe.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import java.nio.charset.StandardCharsets;

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
        return v1(secret, prefix(t), body);
    }

    /**
     * The {@code v1} signature of {@code body} under {@code secret}, given the signed prefix {@code "<t>."} from
     * {@link #prefix(long)}: the MAC is fed the prefix, then the body as it is (never a copy of the two together).
     */
    public static byte[] v1(Secret secret, byte[] prefix, RawBody body) {
        return secret.hmac(HmacAlgorithm.SHA256, prefix, body);
    }

    /** The exact signed content, {@code "<t>.<body>"}: for a diagnosis only (it copies the body). */
    public static byte[] signedContent(long t, RawBody body) {
        byte[] prefix = prefix(t);
        byte[] content = new byte[prefix.length + body.length()];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        body.asReadOnlyBuffer().get(content, prefix.length, body.length());
        return content;
    }

    /** The ASCII bytes of {@code "<t>."}, {@code t} in decimal as {@link Long#toString(long)} writes it. */
    public static byte[] prefix(long t) {
        if (t < 0) { // only a signer asked for a time before 1970 gets here: not worth a fast path
            return (t + ".").getBytes(StandardCharsets.US_ASCII);
        }
        int digits = 1;
        for (long rest = t / 10; rest > 0; rest /= 10) {
            digits++;
        }
        byte[] prefix = new byte[digits + 1];
        prefix[digits] = '.';
        long rest = t;
        for (int i = digits - 1; i >= 0; i--) {
            prefix[i] = (byte) ('0' + (int) (rest % 10));
            rest /= 10;
        }
        return prefix;
    }
}
