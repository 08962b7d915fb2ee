package io.webhooks4j.github;

import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.RawBody;
import io.webhooks4j.spi.Secret;
import javax.crypto.Mac;

/** The canonicalisation shared by the verifier and the signer: an HMAC of the exact raw body, nothing else. */
final class GitHubSignatures {
    static final String SHA256_PREFIX = "sha256=";
    static final String SHA1_PREFIX = "sha1=";

    private GitHubSignatures() {}

    /** HMAC of the raw body bytes (for a form-encoded hook: the whole form body, not the payload parameter). */
    static byte[] mac(Secret secret, HmacAlgorithm algorithm, RawBody body) {
        Mac mac = secret.mac(algorithm);
        body.updateMac(mac);
        return mac.doFinal();
    }

    static int length(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? 32 : 20;
    }

    static String prefix(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? SHA256_PREFIX : SHA1_PREFIX;
    }

    static String header(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? GitHubHeaders.SIGNATURE_256 : GitHubHeaders.SIGNATURE_SHA1;
    }
}
