package io.webhooks4j.pagerduty.internal;

import io.webhooks4j.RawBody;
import io.webhooks4j.internal.Crypto;
import io.webhooks4j.spi.HmacAlgorithm;
import io.webhooks4j.spi.Secret;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;

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
        Mac mac = secret.mac(HmacAlgorithm.SHA256);
        body.updateMac(mac);
        return mac.doFinal();
    }

    /** One header entry: {@code v1=<hex>}. */
    public static String entry(Secret secret, RawBody body) {
        return VERSION_PREFIX + HexFormat.of().formatHex(compute(secret, body));
    }

    /**
     * The signature header entries as the provider sends them, split on {@code ,} exactly as go-pagerduty does: an
     * entry is not trimmed, so {@code " v1=..."} (a space after the comma) is not a {@code v1} entry.
     */
    public static Parsed parse(String header) {
        List<byte[]> v1 = new ArrayList<>();
        int unreadableV1 = 0;
        int otherVersions = 0;
        int paddedEntries = 0;
        boolean looksBase64 = false;
        for (String entry : header.split(",", -1)) {
            if (!entry.equals(entry.strip())) {
                paddedEntries++;
            }
            if (!entry.startsWith(VERSION_PREFIX)) {
                if (!entry.isBlank()) {
                    otherVersions++;
                }
                continue;
            }
            String value = entry.substring(VERSION_PREFIX.length());
            byte[] mac = Crypto.decodeHex(value, MAC_BYTES);
            if (mac == null) {
                unreadableV1++;
                byte[] decoded = Crypto.decodeBase64(value);
                looksBase64 |= decoded != null && decoded.length == MAC_BYTES;
                continue;
            }
            v1.add(mac);
        }
        return new Parsed(List.copyOf(v1), unreadableV1, otherVersions, paddedEntries, looksBase64);
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
