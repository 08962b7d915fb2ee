package io.webhooks4j;

import org.jspecify.annotations.Nullable;

/**
 * A verified, parsed delivery. Each provider has its own envelope type ({@code StripeEvent<T>},
 * {@code GitHubEvent<T>}, ...) implementing this.
 */
public interface WebhookEvent {
    /** The provider id, such as {@code stripe}. */
    String provider();

    /** The event type name, such as {@code invoice.paid} or {@code pull_request.opened}. */
    String type();

    /**
     * The de-duplication key of this delivery (the same on every retry of it), or {@code null} when the
     * delivery carries none: then it is not de-duplicated.
     */
    @Nullable
    String deliveryId();
}
