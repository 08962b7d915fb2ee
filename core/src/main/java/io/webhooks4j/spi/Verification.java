package io.webhooks4j.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Proof that a delivery is authentic: which key matched and, for providers that sign a timestamp, when it
 * was signed.
 *
 * @param keyId the id of the matching secret
 * @param signedAt the signed timestamp, or {@code null} when the provider signs none
 */
public record Verification(String keyId, @Nullable Instant signedAt) {
    public Verification {
        Objects.requireNonNull(keyId, "keyId");
    }

    public static Verification byKey(String keyId) {
        return new Verification(keyId, null);
    }
}
