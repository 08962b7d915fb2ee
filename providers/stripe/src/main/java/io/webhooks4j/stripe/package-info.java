/**
 * Stripe webhooks for webhooks4j: {@link io.webhooks4j.stripe.StripeProvider} (verification of
 * {@code Stripe-Signature}, parsing, de-duplication by event id), {@link io.webhooks4j.stripe.StripeEvent} with
 * its typed {@code data.object}, the {@link io.webhooks4j.stripe.StripeEvents} catalogue and
 * {@link io.webhooks4j.stripe.StripeSigner} for tests. Payload records live in {@code io.webhooks4j.stripe.event}.
 */
package io.webhooks4j.stripe;
