package io.webhooks4j;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a handler may want to know about the delivery beside its event: which key verified it, the provider's
 * own delivery id, the key it is de-duplicated on, the public URL, the headers as received and when it
 * arrived. Handlers registered with {@link Webhooks.Builder#onDelivery(EventType, DeliveryHandler)} get it.
 *
 * <p>The headers are the sender's as received; only the body (and, for URL-signing providers, the URL) is
 * signed, so treat every header as unverified input.
 *
 * @param provider the provider id
 * @param eventType the event type name
 * @param deliveryId the provider's delivery id (may come from an unsigned header), or {@code null}
 * @param deduplicationKey the key the ledger de-duplicates on (derived from signed content), or {@code null}
 * @param keyId the id of the key whose signature matched
 * @param url the public URL the delivery was received at (empty when unknown)
 * @param headers the headers as received
 * @param receivedAt when the pipeline received it
 * @param attempt which attempt this is: 1 inline and on an inbox worker's first try, 2 and up on retries (a
 *     handler with effects that are not idempotent can tell a retry from a first delivery)
 */
public record Delivery(
        String provider,
        String eventType,
        @Nullable String deliveryId,
        @Nullable String deduplicationKey,
        String keyId,
        String url,
        Headers headers,
        Instant receivedAt,
        int attempt) {
    public Delivery {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
    }

    /** The first value of header {@code name} (unverified), if present. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** No header values: they may hold personal data. */
    @Override
    public String toString() {
        return "Delivery[" + provider + " " + eventType + ", id=" + deliveryId + ", key=" + keyId + ", attempt "
                + attempt + "]";
    }
}
