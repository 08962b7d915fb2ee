package io.webhooks4j;

/**
 * Handles one typed event with its {@link Delivery} metadata (key id, headers, delivery id). Throwing makes the
 * delivery fail with 500, as for {@link WebhookHandler}.
 */
@FunctionalInterface
public interface DeliveryHandler<E> {
    void handle(E event, Delivery delivery) throws Exception;
}
