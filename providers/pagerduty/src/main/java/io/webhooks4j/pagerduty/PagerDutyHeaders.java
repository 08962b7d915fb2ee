package io.webhooks4j.pagerduty;

/** The header names PagerDuty's v3 webhooks send with every delivery. */
public final class PagerDutyHeaders {
    /**
     * {@code v1=<hex HMAC-SHA256(secret, raw body)>}, one entry per active secret of the subscription,
     * comma-separated.
     */
    public static final String SIGNATURE = "X-PagerDuty-Signature";
    /** The webhook's id: the same on every delivery attempt (not signed, so not the de-duplication key). */
    public static final String WEBHOOK_ID = "X-Webhook-Id";
    /** The id of the webhook subscription that sent the delivery. */
    public static final String SUBSCRIPTION = "X-Webhook-Subscription";

    private PagerDutyHeaders() {}
}
