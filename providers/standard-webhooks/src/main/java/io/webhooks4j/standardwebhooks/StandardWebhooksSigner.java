package io.webhooks4j.standardwebhooks;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.WebhookSigner;
import io.webhooks4j.standardwebhooks.internal.HeaderFamily;
import io.webhooks4j.standardwebhooks.internal.StandardWebhooksKey;
import io.webhooks4j.standardwebhooks.internal.StandardWebhooksSignatures;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Signs a body the way a Standard Webhooks sender does, for tests, fixtures and the CLI: {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} with one entry per signing key of the keyring,
 * {@code v1,<base64 HMAC-SHA256>} for a {@code whsec_} secret and {@code v1a,<base64 Ed25519>} for a {@code whsk_}
 * secret key ({@code whpk_} public keys cannot sign and are skipped).
 *
 * <p>{@link #create(String...)} gives one with the system clock; one with another clock or key ids is {@code
 * StandardWebhooksProvider.builder()...build().signer()}. Immutable and thread-safe.
 */
public final class StandardWebhooksSigner implements WebhookSigner {
    /** The {@code Content-Type} senders use. */
    public static final String CONTENT_TYPE = "application/json";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private static final String NO_SIGNING_KEY =
            "No key can sign: whpk_ public keys only verify; give a whsec_ secret or a whsk_ secret key";

    private final List<StandardWebhooksKey> keys;
    private final Clock clock;

    /** The signing keys of {@code keys} (possibly none: then every signature is refused), at {@code clock}. */
    StandardWebhooksSigner(List<StandardWebhooksKey> keys, Clock clock) {
        this.keys = keys.stream().filter(StandardWebhooksKey::signs).toList();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A signer with the given {@code whsec_...} secrets and {@code whsk_...} secret keys and the system clock.
     *
     * @throws IllegalArgumentException when a key cannot be read, or none can sign
     */
    public static StandardWebhooksSigner create(String... keys) {
        StandardWebhooksSigner signer = StandardWebhooksProvider.create(keys).signer();
        if (signer.keys.isEmpty()) {
            throw new IllegalArgumentException(NO_SIGNING_KEY);
        }
        return signer;
    }

    /** A fresh message id in Svix's shape, {@code msg_} and 24 random letters and digits. */
    public static String newMessageId() {
        char[] id = new char[24];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "msg_" + new String(id);
    }

    /** The {@code webhook-signature} value for {@code body} with message id {@code id} at {@code timestamp}. */
    public String signatureHeader(String id, Instant timestamp, RawBody body) {
        return signatureHeader(id, timestamp.getEpochSecond(), body);
    }

    /** The {@code webhook-signature} value for {@code body} with message id {@code id} at {@code epochSeconds}. */
    public String signatureHeader(String id, long epochSeconds, RawBody body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        if (epochSeconds < 0) {
            throw new IllegalArgumentException("The timestamp must not be before 1970, was " + epochSeconds);
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(NO_SIGNING_KEY);
        }
        byte[] prefix = StandardWebhooksSignatures.prefix(id, epochSeconds);
        Base64.Encoder base64 = Base64.getEncoder();
        StringBuilder header = new StringBuilder();
        for (StandardWebhooksKey key : keys) {
            if (header.length() > 0) {
                header.append(' ');
            }
            if (key.verifiesV1()) {
                header.append(StandardWebhooksSignatures.V1)
                        .append(',')
                        .append(base64.encodeToString(StandardWebhooksSignatures.v1(key.hmac(), prefix, body)));
            } else {
                header.append(StandardWebhooksSignatures.V1A)
                        .append(',')
                        .append(base64.encodeToString(StandardWebhooksSignatures.v1a(key.privateKey(), prefix, body)));
            }
        }
        return header.toString();
    }

    /** {@code unsigned} signed at the time of this signer's clock; see {@link #sign(WebhookRequest, Instant)}. */
    @Override
    public WebhookRequest sign(WebhookRequest unsigned) {
        return sign(unsigned, clock.instant());
    }

    /**
     * {@code unsigned} with the headers a sender would send at {@code timestamp}: its own message id when it has
     * a {@code webhook-id} (or {@code svix-id}) header, else a fresh one; the {@code svix-*} names when it carries
     * {@code svix-id} and no {@code webhook-id}, else the {@code webhook-*} names; {@code Content-Type} where it is
     * missing. The body is not touched.
     *
     * @throws IllegalStateException when no key can sign (every key is a {@code whpk_} public key)
     */
    public WebhookRequest sign(WebhookRequest unsigned, Instant timestamp) {
        boolean svix = !unsigned.headers().contains(StandardWebhooksHeaders.ID)
                && unsigned.headers().contains(StandardWebhooksHeaders.SVIX_ID);
        HeaderFamily family = svix ? HeaderFamily.SVIX : HeaderFamily.STANDARD;
        String id = unsigned.header(family.id()).map(String::strip).orElseGet(StandardWebhooksSigner::newMessageId);
        WebhookRequest.Builder signed = unsigned.toBuilder()
                .setHeader(family.id(), id)
                .setHeader(family.timestamp(), Long.toString(timestamp.getEpochSecond()))
                .setHeader(family.signature(), signatureHeader(id, timestamp, unsigned.body()));
        return signed.headerIfAbsent("Content-Type", CONTENT_TYPE).build();
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "StandardWebhooksSigner[keys " + keys + "]";
    }
}
