package io.webhooks4j;

/**
 * Remembers which deliveries were handled, so a provider's retry of one already handled is acknowledged
 * without running handlers again. A delivery is claimed (in flight) before handlers run, then completed
 * (done) when they succeeded or released when they failed, so the retry is processed.
 *
 * <p>Implementations are thread-safe. When the store cannot be reached they throw {@link WebhookException}
 * with {@link Reason#LEDGER_UNAVAILABLE}: the delivery is answered 503 and the provider retries.
 */
public interface DeliveryLedger {
    /** Tries to claim {@code deliveryId} of {@code provider} for this request. */
    Claim claim(String provider, String deliveryId);

    /** Marks a claimed delivery done. */
    void complete(Claim claim);

    /** Gives a claimed delivery back: its next attempt is processed. */
    void release(Claim claim);

    /**
     * The answer to a claim.
     *
     * @param provider the provider id
     * @param deliveryId the de-duplication key
     * @param status whether this request got it
     * @param token identifies this claim, so only its holder completes or releases it
     */
    record Claim(String provider, String deliveryId, Status status, String token) {
        /** Claim statuses. */
        public enum Status {
            /** This request holds the delivery: run the handlers. */
            CLAIMED,
            /** Already handled: acknowledge. */
            DONE,
            /** Another request holds it right now: tell the provider to retry later. */
            IN_FLIGHT
        }
    }
}
