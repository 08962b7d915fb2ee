package io.webhooks4j.twilio;

/** The header names Twilio sends with a webhook request. */
public final class TwilioHeaders {
    /** {@code base64(HMAC(key, URL + sorted parameters))}: SHA-1 with the auth token, SHA-256 with a shared key. */
    public static final String SIGNATURE = "X-Twilio-Signature";
    /**
     * {@code key=<id>,algorithm=HMAC_SHA256}: present when a Webhook Setting's shared key signed the request
     * (public beta).
     */
    public static final String SIGNATURE_SETTINGS = "X-Twilio-Webhooks-Signature-Settings";
    /** Marks a request and its retries; not signed, so never a de-duplication key. */
    public static final String IDEMPOTENCY_TOKEN = "I-Twilio-Idempotency-Token";

    private TwilioHeaders() {}
}
