/**
 * webhooks4j's framework-free core: {@link io.webhooks4j.WebhookRequest} in, {@link io.webhooks4j.WebhookResponse}
 * out, through {@link io.webhooks4j.Webhooks}: limit, verify, parse, de-duplicate, route, handle.
 * Providers plug in through {@link io.webhooks4j.spi.WebhookProvider}.
 */
@NullMarked
package io.webhooks4j;

import org.jspecify.annotations.NullMarked;
