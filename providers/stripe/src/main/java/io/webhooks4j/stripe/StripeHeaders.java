package io.webhooks4j.stripe;

/** The header names Stripe sends with every delivery. */
public final class StripeHeaders {
    /**
     * {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}: the HMAC-SHA256 of {@code "<t>.<raw body>"}, one {@code v1}
     * per secret while a secret is rolled.
     */
    public static final String SIGNATURE = "Stripe-Signature";

    private StripeHeaders() {}
}
