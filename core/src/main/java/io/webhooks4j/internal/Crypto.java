package io.webhooks4j.internal;

import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.Diagnosis;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** Helpers shared by the provider verifiers. Not API: may change in any release. */
public final class Crypto {
    private Crypto() {}

    /** Constant-time comparison. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /**
     * Decodes lowercase or uppercase hex of exactly {@code expectedBytes} bytes; {@code null} when the text is
     * not that (wrong length, not hex). Never throws.
     */
    public static byte[] decodeHex(String hex, int expectedBytes) {
        if (hex == null || hex.length() != expectedBytes * 2) {
            return null;
        }
        byte[] out = new byte[expectedBytes];
        for (int i = 0; i < expectedBytes; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** Decodes standard base64; {@code null} when it is not valid base64. Never throws. */
    public static byte[] decodeBase64(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.util.Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The single value of a signature header. Absent: {@link Reason#MISSING_HEADER}. Sent more than once:
     * {@link Reason#MALFORMED_HEADER} (a proxy that duplicates signature headers is a misconfiguration worth
     * hearing about, and picking one silently would hide it).
     */
    public static String requireSingleHeader(WebhookRequest request, String name) {
        return requireSingleHeader(name, request.headers().all(name));
    }

    /** {@link #requireSingleHeader(WebhookRequest, String)} for the values of header {@code name} already looked up. */
    public static String requireSingleHeader(String name, List<String> values) {
        if (values.isEmpty()) {
            throw new WebhookVerificationException(Reason.MISSING_HEADER, "Missing header '" + name + "'");
        }
        if (values.size() > 1) {
            throw new WebhookVerificationException(
                    Reason.MALFORMED_HEADER,
                    "Header '" + name + "' was sent " + values.size() + " times; expected once");
        }
        String value = values.get(0).strip();
        if (value.isEmpty()) {
            throw new WebhookVerificationException(Reason.MISSING_HEADER, "Header '" + name + "' is empty");
        }
        return value;
    }

    /**
     * Hints about a body that looks altered in transit (re-encoded by a framework or proxy): a UTF-8 byte
     * order mark, CRLF line endings, bytes that are not valid UTF-8. For {@link Diagnosis} only.
     */
    public static List<String> bodyReencodingHints(io.webhooks4j.RawBody body) {
        java.util.List<String> hints = new java.util.ArrayList<>();
        int n = body.length();
        if (n >= 3 && body.byteAt(0) == (byte) 0xEF && body.byteAt(1) == (byte) 0xBB && body.byteAt(2) == (byte) 0xBF) {
            hints.add("the body starts with a UTF-8 byte order mark: something re-encoded it before verification");
        }
        for (int i = 0; i + 1 < n; i++) {
            if (body.byteAt(i) == '\r' && body.byteAt(i + 1) == '\n') {
                hints.add("the body has CRLF line endings: providers send LF; a proxy or a reader changed them");
                break;
            }
        }
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            decoder.decode(body.asReadOnlyBuffer());
        } catch (java.nio.charset.CharacterCodingException e) {
            hints.add("the body is not valid UTF-8: it was probably decoded with another charset and re-encoded");
        }
        return hints;
    }
}
