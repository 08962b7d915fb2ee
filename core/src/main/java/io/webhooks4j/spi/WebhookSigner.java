package io.webhooks4j.spi;

import io.webhooks4j.WebhookRequest;

/** Signs a delivery exactly as the provider would, for tests, fixtures and the CLI: {@code <P>Signer}. */
@FunctionalInterface
public interface WebhookSigner {
    /** {@code unsigned} with the provider's signature headers (and the headers it always sends) added. */
    WebhookRequest sign(WebhookRequest unsigned);
}
