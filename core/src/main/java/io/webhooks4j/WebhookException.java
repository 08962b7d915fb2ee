package io.webhooks4j;

import java.util.Objects;

/**
 * The root of every exception webhooks4j throws about a delivery. It carries a {@link Reason}, so callers
 * decide on a status without reading messages. Messages name the header and the check that failed and never
 * hold a secret or an expected signature.
 */
public class WebhookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public WebhookException(Reason reason, String message) {
        this(reason, message, null);
    }

    public WebhookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the delivery was rejected. */
    public Reason reason() {
        return reason;
    }

    /** The HTTP status for this rejection. */
    public int status() {
        return reason.status();
    }
}
