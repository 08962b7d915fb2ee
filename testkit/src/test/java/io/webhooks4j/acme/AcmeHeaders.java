package io.webhooks4j.acme;

/** The headers Acme sends. */
public final class AcmeHeaders {
    /** {@code v1=<hex HMAC-SHA256 of the body>}, one per key. */
    public static final String SIGNATURE = "X-Acme-Signature";
    /** The delivery id, not signed. */
    public static final String DELIVERY = "X-Acme-Delivery";

    private AcmeHeaders() {}
}
