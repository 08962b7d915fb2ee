package io.webhooks4j.spi;

import io.webhooks4j.Reason;
import io.webhooks4j.WebhookException;

/**
 * An authentic delivery whose body or headers cannot be turned into an event: a 400, never a 500. When the
 * cause is Jackson's, it is kept as {@link #getCause()}.
 */
public final class WebhookParseException extends WebhookException {
    private static final long serialVersionUID = 1L;

    public WebhookParseException(String message, Throwable cause) {
        super(Reason.MALFORMED_BODY, message, cause);
    }

    public WebhookParseException(Reason reason, String message) {
        super(reason, message, null);
    }

    public WebhookParseException(Reason reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
