package io.webhooks4j;

/**
 * Sees every delivery: bind it to metrics or logs. Called on the request thread; keep it quick. An observer
 * that throws is ignored (and logged), never allowed to change the outcome.
 */
public interface WebhookObserver {
    /** A delivery arrived for {@code provider}. */
    default void onReceived(String provider, WebhookRequest request) {}

    /** A delivery ended (handled, acknowledged, duplicate, in flight, rejected or failed). */
    default void onOutcome(DeliveryOutcome outcome) {}
}
