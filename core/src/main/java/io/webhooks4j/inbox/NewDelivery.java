package io.webhooks4j.inbox;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verified delivery to store: everything a worker needs to parse it again and run its handlers, later and in
 * another process.
 *
 * <p>Lengths every engine holds: provider id at most 64 characters; event type, delivery id and key id at most 255
 * (checked here, so a sender's over-long event name is a 400, not an inbox failure).
 *
 * @param provider the provider id
 * @param deduplicationKey the provider's de-duplication key (derived from signed content): the inbox stores one
 *     delivery per provider and key
 * @param eventType the event type name, for listing and routing
 * @param deliveryId the provider's own delivery id (may come from an unsigned header), for operators, or {@code null}
 * @param url the public URL it was received at (URL-signing providers parse it again)
 * @param headers the headers as received, less credentials ({@link #storedHeaders(Headers)})
 * @param body the exact raw body the signature covered
 * @param keyId the id of the key that verified it
 * @param signedAt the signed timestamp, when the provider signs one
 * @param receivedAt when the pipeline received it
 */
public record NewDelivery(
        String provider,
        String deduplicationKey,
        String eventType,
        @Nullable String deliveryId,
        String url,
        Headers headers,
        RawBody body,
        String keyId,
        @Nullable Instant signedAt,
        Instant receivedAt) {
    public NewDelivery {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(deduplicationKey, "deduplicationKey");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        requireLength("provider", provider, 64);
        requireLength("eventType", eventType, 255);
        requireLength("keyId", keyId, 255);
        if (deliveryId != null && deliveryId.length() > 255) {
            deliveryId = deliveryId.substring(0, 255); // for display only: never refuse a delivery over it
        }
    }

    private static void requireLength(String name, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    name + " is " + value.length() + " characters long; an inbox holds at most " + max);
        }
    }

    /**
     * The headers worth storing: all but the credentials a proxy or browser may add ({@code Authorization},
     * {@code Proxy-Authorization}, {@code Cookie}), which no provider's parser reads and which must not sit in a
     * database.
     */
    public static Headers storedHeaders(Headers received) {
        if (!received.contains("Authorization")
                && !received.contains("Proxy-Authorization")
                && !received.contains("Cookie")) {
            return received;
        }
        return received.toBuilder()
                .remove("Authorization")
                .remove("Proxy-Authorization")
                .remove("Cookie")
                .build();
    }

    /** Provider, type and ids; never the body or headers (they may hold personal data). */
    @Override
    public String toString() {
        return "NewDelivery[" + provider + " " + eventType + ", id=" + deliveryId + "]";
    }
}
