package io.webhooks4j.github.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.github.GitHubHeaders;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import javax.crypto.Mac;

/** The canonicalisation shared by the verifier and the signer: an HMAC of the exact raw body, nothing else. */
public final class GitHubSignatures {
    public static final String SHA256_PREFIX = "sha256=";
    public static final String SHA1_PREFIX = "sha1=";

    private GitHubSignatures() {}

    /** HMAC of the raw body bytes (for a form-encoded hook: the whole form body, not the payload parameter). */
    public static byte[] mac(Secret secret, HmacAlgorithm algorithm, RawBody body) {
        Mac mac = secret.mac(algorithm);
        body.updateMac(mac);
        return mac.doFinal();
    }

    /** The length of the MAC in bytes. */
    public static int length(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? 32 : 20;
    }

    /** {@code sha256=} or {@code sha1=}. */
    public static String prefix(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? SHA256_PREFIX : SHA1_PREFIX;
    }

    /** The header carrying the signature of {@code algorithm}. */
    public static String header(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? GitHubHeaders.SIGNATURE_256 : GitHubHeaders.SIGNATURE_SHA1;
    }
}
