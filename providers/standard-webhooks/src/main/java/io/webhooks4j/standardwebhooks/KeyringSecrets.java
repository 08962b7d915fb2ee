package io.webhooks4j.standardwebhooks;

import io.webhooks4j.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the keys of a core {@code Keyring} (what {@code ProviderSettings} hands a factory: the Spring starter's
 * properties, the CLI's {@code --secret}s) as Standard Webhooks keys.
 *
 * <p>This scheme keys its HMAC with the base64-decoded part after {@code whsec_} and needs Ed25519 keys too, so
 * the configured string must be read back: {@link Secret#keyBytes()} gives a copy, which is only decoded into a
 * {@link StandardWebhooksKey}, overwritten, and never logged or kept as text.
 */
final class KeyringSecrets {
    private KeyringSecrets() {}

    /**
     * The key {@code secret} holds: its string read as {@link StandardWebhooksKey#parse}, or, when its bytes are not
     * text (a {@code Secret.ofBytes} of decoded key bytes), an HMAC key of those bytes.
     *
     * @throws IllegalArgumentException when the value cannot be read as a key, or cannot be read at all
     */
    static StandardWebhooksKey read(String what, Secret secret) {
        byte[] bytes = bytesOf(what, secret);
        try {
            String text = utf8OrNull(bytes);
            // Secret.of(id, string) keeps the string's first characters (for startsWith); Secret.ofBytes keeps none.
            if (text != null && secret.startsWith(text.substring(0, Math.min(6, text.length())))) {
                return StandardWebhooksKey.parse(what, secret.id(), text);
            }
            return StandardWebhooksKey.ofHmacBytes(secret.id(), bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] bytesOf(String what, Secret secret) {
        return secret.keyBytes();
    }

    /** The bytes as text when they are valid UTF-8 (a {@code Secret.of(id, string)}), else null. */
    private static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
