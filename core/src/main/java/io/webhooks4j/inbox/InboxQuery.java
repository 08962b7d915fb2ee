package io.webhooks4j.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which stored deliveries {@link Inbox#list(InboxQuery)} returns, newest first.
 *
 * @param state only this state, or {@code null} for all
 * @param provider only this provider, or {@code null} for all
 * @param receivedSince only those received at or after this time, or {@code null}
 * @param beforeId only those with a smaller id (the next page after the last id seen), or {@code null}
 * @param limit at most this many (1 to 1,000)
 */
public record InboxQuery(
        @Nullable InboxState state,
        @Nullable String provider,
        @Nullable Instant receivedSince,
        @Nullable Long beforeId,
        int limit) {
    /** The most one query returns. */
    public static final int MAX_LIMIT = 1000;

    public InboxQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** The newest 100 deliveries of every state. */
    public static InboxQuery all() {
        return new InboxQuery(null, null, null, null, 100);
    }

    /** The newest 100 deliveries in {@code state}. */
    public static InboxQuery inState(InboxState state) {
        return new InboxQuery(state, null, null, null, 100);
    }

    public InboxQuery withState(@Nullable InboxState state) {
        return new InboxQuery(state, provider, receivedSince, beforeId, limit);
    }

    public InboxQuery withProvider(@Nullable String provider) {
        return new InboxQuery(state, provider, receivedSince, beforeId, limit);
    }

    public InboxQuery withReceivedSince(@Nullable Instant since) {
        return new InboxQuery(state, provider, since, beforeId, limit);
    }

    public InboxQuery withBeforeId(@Nullable Long beforeId) {
        return new InboxQuery(state, provider, receivedSince, beforeId, limit);
    }

    public InboxQuery withLimit(int limit) {
        return new InboxQuery(state, provider, receivedSince, beforeId, limit);
    }

    /** True when {@code delivery} matches (for in-memory engines). */
    public boolean matches(InboxDelivery delivery) {
        return (state == null || delivery.state() == state)
                && (provider == null || delivery.provider().equals(provider))
                && (receivedSince == null || !delivery.receivedAt().isBefore(receivedSince))
                && (beforeId == null || delivery.id() < beforeId);
    }
}
