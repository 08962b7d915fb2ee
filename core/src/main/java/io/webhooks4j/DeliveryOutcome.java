package io.webhooks4j;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one delivery, for observers (metrics, logs, the Actuator endpoint).
 *
 * @param provider the provider id
 * @param kind what happened
 * @param status the HTTP status answered; 0 for what an inbox worker did (no HTTP answer: {@link Kind#HANDLED}
 *     and {@link Kind#ACKNOWLEDGED} by a worker, {@link Kind#RETRYING}, {@link Kind#DEAD})
 * @param eventType the event type, when the delivery got that far
 * @param deliveryId the de-duplication key, when known
 * @param keyId the id of the key that verified it, when verified
 * @param reason the rejection reason, for {@link Kind#REJECTED}
 * @param error what a handler threw, for {@link Kind#FAILED}
 * @param duration time spent in the pipeline
 */
public record DeliveryOutcome(
        String provider,
        Kind kind,
        int status,
        @Nullable String eventType,
        @Nullable String deliveryId,
        @Nullable String keyId,
        @Nullable Reason reason,
        @Nullable Throwable error,
        Duration duration) {

    /** The kinds of outcome. */
    public enum Kind {
        /** Handlers ran and succeeded. */
        HANDLED,
        /** Verified and parsed, but no handler matched: acknowledged with 2xx. */
        ACKNOWLEDGED,
        /** Already handled earlier: acknowledged with 2xx, handlers not run again. */
        DUPLICATE,
        /** Being handled by another request right now: 503, the provider retries. */
        IN_FLIGHT,
        /** Refused before any handler ran (see {@link DeliveryOutcome#reason()}). */
        REJECTED,
        /** A handler threw: 500, the provider retries. */
        FAILED,
        /** Inbox mode: stored durably and acknowledged with 2xx; a worker runs the handlers. */
        STORED,
        /** Inbox mode: a worker's attempt failed; the delivery is tried again later. */
        RETRYING,
        /** Inbox mode: the last attempt failed; the delivery is kept as dead until an operator retries it. */
        DEAD;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
