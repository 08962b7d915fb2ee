package io.webhooks4j.pagerduty.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form both the verifier and the signer use: {@code v1=<lowercase hex HMAC-SHA256(secret, raw
 * body)>}, one per secret, joined by {@code ,} with no spaces.
 */
public final class PagerDutySignatures {
    public static final String VERSION_PREFIX = "v1=";
    public static final int MAC_BYTES = 32;

    private PagerDutySignatures() {}

    /** HMAC-SHA256 of the exact body bytes, keyed with the secret's UTF-8 bytes used verbatim. */
    public static byte[] compute(Secret secret, RawBody body) {
        return secret.hmac(HmacAlgorithm.SHA256, body);
    }

    /** One header entry: {@code v1=<hex>}. */
    public static String entry(Secret secret, RawBody body) {
        return VERSION_PREFIX + HexFormat.of().formatHex(compute(secret, body));
    }

    /**
     * The signature header entries as the provider sends them, split on {@code ,} exactly as go-pagerduty does: an
     * entry is not trimmed, so {@code " v1=..."} (a space after the comma) is not a {@code v1} entry. Runs on every
     * delivery, so the header is scanned in place: no split, no substring, a MAC array per {@code v1} entry.
     */
    public static Parsed parse(String header) {
        byte[] first = null;
        List<byte[]> more = null;
        int unreadableV1 = 0;
        int otherVersions = 0;
        int paddedEntries = 0;
        boolean looksBase64 = false;
        int start = 0;
        while (true) {
            int comma = header.indexOf(',', start);
            int end = comma < 0 ? header.length() : comma;
            if (end > start
                    && (Character.isWhitespace(header.charAt(start))
                            || Character.isWhitespace(header.charAt(end - 1)))) {
                paddedEntries++;
            }
            if (!header.startsWith(VERSION_PREFIX, start) || end - start < VERSION_PREFIX.length()) {
                if (!isBlank(header, start, end)) {
                    otherVersions++;
                }
            } else {
                int value = start + VERSION_PREFIX.length();
                byte[] mac = decodeHex(header, value, end);
                if (mac == null) {
                    unreadableV1++;
                    byte[] decoded = Crypto.decodeBase64(header.substring(value, end));
                    looksBase64 |= decoded != null && decoded.length == MAC_BYTES;
                } else if (first == null) {
                    first = mac;
                } else {
                    if (more == null) {
                        more = new ArrayList<>();
                        more.add(first);
                    }
                    more.add(mac);
                }
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        List<byte[]> macs = more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
        return new Parsed(macs, unreadableV1, otherVersions, paddedEntries, looksBase64);
    }

    /** {@code text[start, end)} holds only whitespace (or nothing), as {@link String#isBlank()} says. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text[start, end)} as the bytes of a MAC when it is exactly {@link #MAC_BYTES} bytes of hex (either case,
     * read with {@link Character#digit(char, int)} as {@code Crypto.decodeHex} does), else null.
     */
    private static byte @Nullable [] decodeHex(String text, int start, int end) {
        if (end - start != 2 * MAC_BYTES) {
            return null;
        }
        byte[] out = new byte[MAC_BYTES];
        for (int i = 0; i < MAC_BYTES; i++) {
            int hi = Character.digit(text.charAt(start + 2 * i), 16);
            int lo = Character.digit(text.charAt(start + 2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /**
     * What a header holds.
     *
     * @param macs the decoded {@code v1} signatures
     * @param unreadableV1 {@code v1=} entries that are not 64 hex digits (ignored, as go-pagerduty does)
     * @param otherVersions entries of other versions or without a {@code v1=} prefix (ignored)
     * @param paddedEntries entries with spaces around them
     * @param looksBase64 whether an unreadable {@code v1} entry is a base64 SHA-256 MAC
     */
    public record Parsed(
            List<byte[]> macs, int unreadableV1, int otherVersions, int paddedEntries, boolean looksBase64) {}
}
