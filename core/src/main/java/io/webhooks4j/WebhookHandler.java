package io.webhooks4j;

/**
 * Handles one typed event. Throwing makes the delivery fail with 500, so the provider retries and the
 * delivery is not marked done.
 */
@FunctionalInterface
public interface WebhookHandler<E> {
    void handle(E event) throws Exception;
}
