package io.webhooks4j.inbox;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as the inbox holds it: what was stored ({@link NewDelivery}) and where it is in its life.
 *
 * @param id the inbox's id for it (for {@code inbox show ID}, {@code retry ID})
 * @param provider the provider id
 * @param deduplicationKey the provider's de-duplication key
 * @param eventType the event type name
 * @param deliveryId the provider's own delivery id, or {@code null}
 * @param url the public URL it was received at
 * @param headers the headers as received (less credentials)
 * @param body the exact raw body
 * @param keyId the id of the key that verified it
 * @param signedAt the signed timestamp, or {@code null}
 * @param receivedAt when it was received
 * @param state its state
 * @param attempts how many times a worker has claimed it (a claim counts even when its worker died)
 * @param nextAttemptAt when it is due ({@link InboxState#PENDING}), or {@code null}
 * @param lastError the last failure (the exception's class and message), or {@code null}
 * @param leaseOwner the worker holding it ({@link InboxState#CLAIMED}), or {@code null}
 * @param leaseUntil until when that worker's lease runs, or {@code null}
 * @param completedAt when it became {@link InboxState#DONE} or {@link InboxState#DEAD}, or {@code null}
 */
public record InboxDelivery(
        long id,
        String provider,
        String deduplicationKey,
        String eventType,
        @Nullable String deliveryId,
        String url,
        Headers headers,
        RawBody body,
        String keyId,
        @Nullable Instant signedAt,
        Instant receivedAt,
        InboxState state,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError,
        @Nullable String leaseOwner,
        @Nullable Instant leaseUntil,
        @Nullable Instant completedAt) {
    public InboxDelivery {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(deduplicationKey, "deduplicationKey");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
    }

    /** Id, provider, type, state and attempts; never the body or headers (they may hold personal data). */
    @Override
    public String toString() {
        return "InboxDelivery[" + id + ", " + provider + " " + eventType + ", " + state.code() + ", attempts "
                + attempts + "]";
    }
}
