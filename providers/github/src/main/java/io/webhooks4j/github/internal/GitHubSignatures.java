package io.webhooks4j.github.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.github.GitHubHeaders;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import org.jspecify.annotations.Nullable;

/** The canonicalisation shared by the verifier and the signer: an HMAC of the exact raw body, nothing else. */
public final class GitHubSignatures {
    public static final String SHA256_PREFIX = "sha256=";
    public static final String SHA1_PREFIX = "sha1=";

    private GitHubSignatures() {}

    /** HMAC of the raw body bytes (for a form-encoded hook: the whole form body, not the payload parameter). */
    public static byte[] mac(Secret secret, HmacAlgorithm algorithm, RawBody body) {
        return secret.hmac(algorithm, body);
    }

    /** The length of the MAC in bytes. */
    public static int length(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? 32 : 20;
    }

    /** {@code sha256=} or {@code sha1=}. */
    public static String prefix(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? SHA256_PREFIX : SHA1_PREFIX;
    }

    /**
     * Whether {@code value} starts with {@code prefix} (lower-case ASCII) in any case of ASCII letters: {@code
     * SHA256=} as well as {@code sha256=}.
     */
    public static boolean startsWithIgnoringAsciiCase(String value, String prefix) {
        if (value.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code bytes} bytes written as hex digits (either case) in {@code text} from {@code from} to its end, or
     * {@code null} when that is not exactly {@code 2 * bytes} hex digits. Reads in place: no substring.
     */
    public static byte @Nullable [] decodeHex(String text, int from, int bytes) {
        if (text.length() - from != bytes * 2) {
            return null;
        }
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            int hi = Character.digit(text.charAt(from + 2 * i), 16);
            int lo = Character.digit(text.charAt(from + 2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** The header carrying the signature of {@code algorithm}. */
    public static String header(HmacAlgorithm algorithm) {
        return algorithm == HmacAlgorithm.SHA256 ? GitHubHeaders.SIGNATURE_256 : GitHubHeaders.SIGNATURE_SHA1;
    }
}
