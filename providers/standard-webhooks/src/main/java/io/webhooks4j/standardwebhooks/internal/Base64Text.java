package io.webhooks4j.standardwebhooks.internal;

/**
 * Decodes standard base64 (RFC 4648 section 4) straight from a range of a header's text into a caller's array,
 * accepting exactly what {@code java.util.Base64.getDecoder().decode(String)} accepts (padding optional, a
 * padded unit complete, nothing after the padding, no line breaks, unused trailing bits not checked) without
 * copying the text or the result: a signature header's entries are read in place.
 */
public final class Base64Text {
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
        VALUES['='] = -2;
    }

    private Base64Text() {}

    /**
     * Decodes {@code text[from, to)} into {@code out[at, at + bytes)}; true when it is valid base64 of exactly
     * {@code bytes} bytes. Nothing is written past {@code at + bytes}; on false the range may hold garbage.
     */
    public static boolean decode(String text, int from, int to, byte[] out, int at, int bytes) {
        int end = at + bytes;
        int dp = at;
        int bits = 0;
        int shift = 18;
        int sp = from;
        while (sp < to) {
            char c = text.charAt(sp++);
            int b = c < 128 ? VALUES[c] : -1;
            if (b < 0) {
                if (b == -2) { // padding: "xx==" or "xxx=" end the input
                    if (shift == 6 && (sp == to || text.charAt(sp++) != '=') || shift == 18) {
                        return false;
                    }
                    break;
                }
                return false;
            }
            bits |= b << shift;
            shift -= 6;
            if (shift < 0) {
                if (dp + 3 > end) {
                    return false;
                }
                out[dp++] = (byte) (bits >> 16);
                out[dp++] = (byte) (bits >> 8);
                out[dp++] = (byte) bits;
                shift = 18;
                bits = 0;
            }
        }
        if (shift == 6) {
            if (dp + 1 > end) {
                return false;
            }
            out[dp++] = (byte) (bits >> 16);
        } else if (shift == 0) {
            if (dp + 2 > end) {
                return false;
            }
            out[dp++] = (byte) (bits >> 16);
            out[dp++] = (byte) (bits >> 8);
        } else if (shift == 12) {
            return false; // a dangling single character
        }
        return sp == to && dp == end;
    }
}
