package io.webhooks4j.inbox;

/** The inbox's store cannot be reached (the database is down): nothing was stored or changed. */
public class InboxUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
