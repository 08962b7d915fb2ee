package io.webhooks4j;

/**
 * Why a delivery was rejected. Adapters map a reason to its HTTP status with {@link #status()}, never by
 * reading messages. The lower-case {@link #code()} is what responses, metrics and the CLI show.
 */
public enum Reason {
    /** The request did not use POST. */
    METHOD_NOT_ALLOWED(405),
    /** No provider is registered under the requested id. */
    UNKNOWN_PROVIDER(404),
    /** The body is larger than the provider's limit (by Content-Length or by the bytes read). */
    BODY_TOO_LARGE(413),
    /** The signature header is absent. */
    MISSING_HEADER(401),
    /** The signature header is present but cannot be read (wrong prefix, not hex/base64, no timestamp, ...). */
    MALFORMED_HEADER(401),
    /** The header is well formed but no signature in it matches the body under any key of the keyring. */
    NO_MATCHING_SIGNATURE(401),
    /** The signed timestamp is older than the tolerance allows. */
    TIMESTAMP_TOO_OLD(401),
    /** The signed timestamp lies further in the future than the tolerance allows. */
    TIMESTAMP_TOO_NEW(401),
    /**
     * The delivery names a host that is not on the configured allow-list, so the URL a URL-signing provider
     * (Twilio) signed cannot be trusted: a signature made for another host of the same account must not pass.
     */
    HOST_NOT_ALLOWED(401),
    /** A hash of the body carried in the signed content (Twilio's {@code bodySHA256}) does not match the body. */
    BODY_HASH_MISMATCH(401),
    /** The body could not be read completely (the client disconnected, broken chunking). */
    UNREADABLE_BODY(400),
    /**
     * Fewer body bytes arrived than {@code Content-Length} declared, or none at all because something before
     * the webhook endpoint (a filter calling {@code getParameter}, a framework's form handling) consumed the
     * body.
     */
    BODY_INCOMPLETE(400),
    /** The body did not arrive within the reading deadline (a slow or stalled sender); the connection is closed. */
    BODY_TIMEOUT(408),
    /**
     * The receiver holds as many body bytes of deliveries in flight as it allows (a flood of large or slow
     * deliveries); the provider should retry later.
     */
    RECEIVER_BUSY(503),
    /** The body is empty where the provider always sends one. */
    EMPTY_BODY(400),
    /** The delivery is authentic but its body cannot be read as the provider's format. */
    MALFORMED_BODY(400),
    /** The delivery is authentic but does not say which event it is. */
    MISSING_EVENT_TYPE(400),
    /** The delivery is authentic but a header the provider always sends is absent. */
    MISSING_REQUIRED_HEADER(400),
    /** The idempotency ledger could not be reached; the provider should retry. */
    LEDGER_UNAVAILABLE(503),
    /** Inbox mode: the inbox could not store the delivery, so it is not acknowledged; the provider should retry. */
    INBOX_UNAVAILABLE(503);

    private final int status;

    Reason(int status) {
        this.status = status;
    }

    /** The HTTP status a rejection for this reason gets. */
    public int status() {
        return status;
    }

    /** Lower-case code, such as {@code no_matching_signature}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for reasons that mean the delivery could not be authenticated. */
    public boolean isAuthenticationFailure() {
        return status == 401;
    }
}
