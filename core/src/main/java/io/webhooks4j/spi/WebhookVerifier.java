package io.webhooks4j.spi;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;

/** Proves a delivery authentic on its exact bytes: one per provider, {@code <P>WebhookVerifier}. */
@FunctionalInterface
public interface WebhookVerifier {
    /**
     * Proves {@code request} authentic, or throws.
     *
     * @throws WebhookVerificationException with the reason and a lazily built diagnosis
     * @throws WebhookParseException when an authentic delivery lacks a header the provider always sends
     */
    Verification verify(WebhookRequest request);
}
