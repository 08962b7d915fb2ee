/**
 * What a provider author touches: {@link io.webhooks4j.spi.WebhookProvider} and its
 * {@link io.webhooks4j.spi.WebhookProviderFactory}, the shared {@link io.webhooks4j.spi.ProviderBuilder} and
 * {@link io.webhooks4j.spi.AbstractWebhookProvider}, the {@link io.webhooks4j.spi.EventCatalogue},
 * {@link io.webhooks4j.spi.Verification}, {@link io.webhooks4j.spi.Diagnosis}, signed-content
 * {@link io.webhooks4j.spi.DeliveryKeys} and the defensive {@link io.webhooks4j.spi.WebhookJson}. Users of the
 * library need none of it.
 */
@NullMarked
package io.webhooks4j.spi;

import org.jspecify.annotations.NullMarked;
