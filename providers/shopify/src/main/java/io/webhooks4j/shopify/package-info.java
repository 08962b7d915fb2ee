/**
 * Shopify webhooks, in the one provider template: verification of {@code X-Shopify-Hmac-Sha256} (base64
 * HMAC-SHA256 of the raw body with the app's client secret) on the exact bytes received, typed payloads, and the
 * mandatory compliance topics.
 *
 * <p>Users need {@link io.webhooks4j.shopify.ShopifyProvider} (register it with
 * {@link io.webhooks4j.Webhooks.Builder#provider}), the topic catalogue {@link io.webhooks4j.shopify.ShopifyEvents}
 * and the envelope {@link io.webhooks4j.shopify.ShopifyEvent}; payload records live in
 * {@link io.webhooks4j.shopify.event}. {@link io.webhooks4j.shopify.ShopifyWebhookVerifier} verifies,
 * {@link io.webhooks4j.shopify.ShopifySigner} forges real deliveries for tests, and
 * {@link io.webhooks4j.shopify.ShopifyHeaders} names every header.
 *
 * @see <a href="https://shopify.dev/docs/apps/build/webhooks/subscribe/https">Shopify: deliver webhooks through
 *     HTTPS</a>
 */
@NullMarked
package io.webhooks4j.shopify;

import org.jspecify.annotations.NullMarked;
