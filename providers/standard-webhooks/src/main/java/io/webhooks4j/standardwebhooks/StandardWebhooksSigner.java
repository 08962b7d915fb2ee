package io.webhooks4j.standardwebhooks;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.standardwebhooks.StandardWebhooksHeaders.Family;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Signs a body the way a Standard Webhooks sender does, for tests, fixtures and the CLI: {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} with one entry per signing key of the keyring,
 * {@code v1,<base64 HMAC-SHA256>} for a {@code whsec_} secret and {@code v1a,<base64 Ed25519>} for a {@code whsk_}
 * secret key ({@code whpk_} public keys cannot sign and are skipped). Immutable and thread-safe.
 */
public final class StandardWebhooksSigner {
    /** The {@code Content-Type} senders use. */
    public static final String CONTENT_TYPE = "application/json";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final List<StandardWebhooksKey> keys;

    private StandardWebhooksSigner(List<StandardWebhooksKey> keys) {
        this.keys = keys.stream().filter(StandardWebhooksKey::signs).toList();
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException(
                    "No key can sign: whpk_ public keys only verify; give a whsec_ secret or" + " a whsk_ secret key");
        }
    }

    /**
     * A signer with the given {@code whsec_...} secrets and {@code whsk_...} secret keys.
     *
     * @throws IllegalArgumentException when a key cannot be read, or none can sign
     */
    public static StandardWebhooksSigner create(String... keys) {
        return of(StandardWebhooksVerifier.builder().keys(keys).build());
    }

    /** A signer with the signing keys of {@code verifier}. */
    public static StandardWebhooksSigner of(StandardWebhooksVerifier verifier) {
        return new StandardWebhooksSigner(verifier.keys());
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

    /**
     * {@code unsigned} with the headers a sender would send at {@code timestamp}: its own message id when it has
     * a {@code webhook-id} (or {@code svix-id}) header, else a fresh one; the {@code svix-*} names when it carries
     * {@code svix-id} and no {@code webhook-id}, else the {@code webhook-*} names; {@code Content-Type} where it is
     * missing. The body is not touched.
     */
    public WebhookRequest sign(WebhookRequest unsigned, Instant timestamp) {
        boolean svix = !unsigned.headers().contains(StandardWebhooksHeaders.ID)
                && unsigned.headers().contains(StandardWebhooksHeaders.SVIX_ID);
        Family family = svix ? Family.SVIX : Family.STANDARD;
        String id = unsigned.header(family.id()).map(String::strip).orElseGet(StandardWebhooksSigner::newMessageId);
        WebhookRequest.Builder signed = unsigned.toBuilder()
                .setHeader(family.id(), id)
                .setHeader(family.timestamp(), Long.toString(timestamp.getEpochSecond()))
                .setHeader(family.signature(), signatureHeader(id, timestamp, unsigned.body()));
        if (!unsigned.headers().contains("Content-Type")) {
            signed.setHeader("Content-Type", CONTENT_TYPE);
        }
        return signed.build();
    }

    /** Key ids only. */
    @Override
    public String toString() {
        return "StandardWebhooksSigner[keys " + keys + "]";
    }
}
