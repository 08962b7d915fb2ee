package io.webhooks4j.standardwebhooks.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.internal.RawBodies;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * The canonicalisation the signer and the verifier share (Standard Webhooks specification, "Signature scheme"):
 * the signed content is {@code "<webhook-id>.<webhook-timestamp>.<raw body>"}, the id as UTF-8 and the timestamp as
 * the decimal number of seconds. {@code v1} is the HMAC-SHA256 of it keyed with the base64-decoded secret,
 * {@code v1a} its Ed25519 signature; both travel base64-encoded as {@code "<scheme>,<base64>"}.
 */
public final class StandardWebhooksSignatures {
    /** The symmetric scheme. */
    public static final String V1 = "v1";
    /** The asymmetric scheme. */
    public static final String V1A = "v1a";
    /** Bytes of an HMAC-SHA256. */
    public static final int V1_BYTES = 32;
    /** Bytes of an Ed25519 signature. */
    public static final int V1A_BYTES = 64;

    private static final ThreadLocal<Signature> ED25519 = ThreadLocal.withInitial(() -> {
        try {
            return Signature.getInstance("Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required on every Java platform since Java 15", e);
        }
    });

    private StandardWebhooksSignatures() {}

    /** {@code "<id>.<timestamp>."}: what precedes the body in the signed content (the body is never copied). */
    public static byte[] prefix(String id, long timestamp) {
        return prefix(id, Long.toString(timestamp));
    }

    /**
     * {@code "<id>.<seconds>."} with the timestamp given as its decimal text (no sign, no leading zeros): written
     * char by char for an ASCII id (a verified {@code webhook-id} is printable ASCII), with no intermediate string.
     */
    public static byte[] prefix(String id, String seconds) {
        int n = id.length();
        int digits = seconds.length();
        byte[] out = new byte[n + digits + 2];
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return (id + "." + seconds + ".").getBytes(StandardCharsets.UTF_8);
            }
            out[i] = (byte) c;
        }
        out[n] = '.';
        for (int i = 0; i < digits; i++) {
            out[n + 1 + i] = (byte) seconds.charAt(i);
        }
        out[n + digits + 1] = '.';
        return out;
    }

    /** The {@code v1} signature: HMAC-SHA256 of prefix + body. */
    public static byte[] v1(Secret secret, byte[] prefix, RawBody body) {
        byte[] out = new byte[V1_BYTES];
        v1(secret, prefix, body, out);
        return out;
    }

    /** The {@code v1} signature of prefix + body, written into {@code out} ({@link #V1_BYTES} long). */
    public static void v1(Secret secret, byte[] prefix, RawBody body, byte[] out) {
        Mac mac = secret.mac(HmacAlgorithm.SHA256);
        mac.update(prefix);
        mac.update(RawBodies.array(body));
        try {
            mac.doFinal(out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalArgumentException("out must hold " + V1_BYTES + " bytes", e);
        }
    }

    /**
     * Whether {@code expected} equals {@code candidates[from, from + expected.length)}, in time independent of
     * where they differ.
     */
    public static boolean constantTimeEquals(byte[] expected, byte[] candidates, int from) {
        int difference = 0;
        for (int i = 0; i < expected.length; i++) {
            difference |= expected[i] ^ candidates[from + i];
        }
        return difference == 0;
    }

    /** The {@code v1a} signature: Ed25519 of prefix + body. */
    public static byte[] v1a(PrivateKey key, byte[] prefix, RawBody body) {
        Signature signature = ED25519.get();
        try {
            signature.initSign(key);
            signature.update(prefix);
            signature.update(body.asReadOnlyBuffer());
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code candidate} is a valid {@code v1a} signature of prefix + body under {@code key}. Never throws. */
    public static boolean verifiesV1a(PublicKey key, byte[] prefix, RawBody body, byte[] candidate) {
        Signature signature = ED25519.get();
        try {
            signature.initVerify(key);
            signature.update(prefix);
            signature.update(body.asReadOnlyBuffer());
            return signature.verify(candidate);
        } catch (SignatureException e) {
            return false; // a signature that is not even well formed (S out of range, R not a point)
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The exact signed content: for a diagnosis only (it copies the body). */
    public static byte[] signedContent(byte[] prefix, RawBody body) {
        byte[] content = new byte[prefix.length + body.length()];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        body.asReadOnlyBuffer().get(content, prefix.length, body.length());
        return content;
    }
}
