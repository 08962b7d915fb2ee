package io.webhooks4j.benchmarks;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The signature checks an application writes by hand when the provider publishes no Java library (Shopify,
 * PagerDuty) or the library does not verify (hub4j for GitHub): the peers' verification in the benchmarks. Each
 * is what such code typically looks like, with the HMAC compared in constant time ({@link MessageDigest#isEqual})
 * and the {@link Mac} keyed once and reused (as careful code caches it per thread, and as ours does): the most
 * favourable case for the peer. A mismatch throws {@link SecurityException}, so a benchmark that measured a
 * rejection would fail loudly instead of timing the wrong path.
 */
final class HandWrittenChecks {
    private static final HexFormat HEX = HexFormat.of();

    private HandWrittenChecks() {}

    /** GitHub {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>}. */
    static void gitHub(Mac mac, byte[] body, String header) {
        if (header == null || !header.startsWith("sha256=") || header.length() != 7 + 64) {
            throw new SecurityException("malformed X-Hub-Signature-256");
        }
        byte[] provided;
        try {
            provided = HEX.parseHex(header, 7, header.length());
        } catch (IllegalArgumentException e) {
            throw new SecurityException("malformed X-Hub-Signature-256", e);
        }
        if (!MessageDigest.isEqual(mac.doFinal(body), provided)) {
            throw new SecurityException("X-Hub-Signature-256 does not match");
        }
    }

    /** Shopify {@code X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256 of the body>}. */
    static void shopify(Mac mac, byte[] body, String header) {
        if (header == null || header.isEmpty()) {
            throw new SecurityException("missing X-Shopify-Hmac-Sha256");
        }
        byte[] provided;
        try {
            provided = Base64.getDecoder().decode(header);
        } catch (IllegalArgumentException e) {
            throw new SecurityException("malformed X-Shopify-Hmac-Sha256", e);
        }
        if (!MessageDigest.isEqual(mac.doFinal(body), provided)) {
            throw new SecurityException("X-Shopify-Hmac-Sha256 does not match");
        }
    }

    /**
     * PagerDuty {@code X-PagerDuty-Signature: v1=<hex HMAC-SHA256 of the body>[,v1=<hex>...]} (one entry per active
     * secret): accepted when any {@code v1} entry matches.
     */
    static void pagerDuty(Mac mac, byte[] body, String header) {
        if (header == null || header.isEmpty()) {
            throw new SecurityException("missing X-PagerDuty-Signature");
        }
        byte[] expected = mac.doFinal(body);
        for (String entry : header.split(",")) {
            if (entry.startsWith("v1=") && entry.length() == 3 + 64) {
                try {
                    if (MessageDigest.isEqual(expected, HEX.parseHex(entry, 3, entry.length()))) {
                        return;
                    }
                } catch (IllegalArgumentException e) {
                    // not hex: try the next entry
                }
            }
        }
        throw new SecurityException("no X-PagerDuty-Signature entry matches");
    }
}
