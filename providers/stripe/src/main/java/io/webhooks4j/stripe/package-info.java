/**
 * Stripe webhooks for webhooks4j, in the one provider template: {@link io.webhooks4j.stripe.StripeProvider}
 * (verification of {@code Stripe-Signature}, parsing, de-duplication by event id), its
 * {@link io.webhooks4j.stripe.StripeWebhookVerifier} and {@link io.webhooks4j.stripe.StripeSigner} (for tests), the
 * envelope {@link io.webhooks4j.stripe.StripeEvent} with its typed {@code data.object}, the
 * {@link io.webhooks4j.stripe.StripeEvents} catalogue and the {@link io.webhooks4j.stripe.StripeHeaders} names.
 * Payload records live in {@code io.webhooks4j.stripe.event}.
 */
@NullMarked
package io.webhooks4j.stripe;

import org.jspecify.annotations.NullMarked;
