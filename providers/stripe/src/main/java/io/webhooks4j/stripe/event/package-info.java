/**
 * Records for the Stripe resources users act on, as Stripe sends them in {@code data.object}: amounts in the
 * currency's minor unit ({@code Long}), timestamps as {@link java.time.Instant}, {@code metadata} as a map,
 * enums that read values added by Stripe later as {@code UNKNOWN}. Every field is {@code @Nullable}: it is null
 * when an event's API version does not send it; lists and maps that are absent read as empty, never null. Unknown fields are
 * ignored: the event's raw JSON ({@code StripeEvent.raw()}) keeps them.
 *
 * <p>Reference ids ({@code customer}, {@code payment_intent}, ...) read as the id, whether Stripe sent the id
 * or the expanded object.
 */
@NullMarked
package io.webhooks4j.stripe.event;

import org.jspecify.annotations.NullMarked;
