package io.webhooks4j.spi;

import io.webhooks4j.RawBody;
import io.webhooks4j.internal.RawBodies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * De-duplication keys derived from signed content, for providers whose delivery ids travel in unsigned headers
 * (GitHub's {@code X-GitHub-Delivery}, Shopify's {@code X-Shopify-Webhook-Id}, PagerDuty's {@code
 * X-Webhook-Id}, Twilio's {@code I-Twilio-Idempotency-Token}). A captured delivery re-sent with a fresh id
 * (or none) is still the same signed content, so it gets the same key and its handlers do not run again.
 *
 * <p>The key is {@code sc1:} and the hex SHA-256 of the id of the key that verified the delivery, the
 * discriminating parts the provider adds (each length-prefixed, so no two lists collide) and the signed
 * bytes. The key id keeps apart two senders (two hooks, two subscriptions) that send the same body to one URL
 * with different secrets. A fixed 68 characters whatever the input.
 */
public final class DeliveryKeys {
    /** The prefix of every signed-content key. */
    public static final String PREFIX = "sc1:";

    private DeliveryKeys() {}

    /**
     * The key of {@code signed} content verified by {@code verification}'s key, told apart by {@code parts}
     * (an unsigned event-type header that selects handlers, a verified URL, ...).
     */
    public static String ofSignedContent(Verification verification, RawBody signed, String... parts) {
        Objects.requireNonNull(signed, "signed");
        MessageDigest digest = digestOf(verification, parts);
        digest.update(RawBodies.array(signed));
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    /** The key of signed content given as bytes (Twilio's URL + sorted parameters), without copying them. */
    public static String ofSignedContent(Verification verification, byte[] signed, String... parts) {
        Objects.requireNonNull(signed, "signed");
        MessageDigest digest = digestOf(verification, parts);
        digest.update(signed);
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digestOf(Verification verification, String... parts) {
        Objects.requireNonNull(verification, "verification");
        MessageDigest digest = sha256();
        update(digest, verification.keyId());
        for (String part : parts) {
            update(digest, part == null ? "" : part);
        }
        return digest;
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
