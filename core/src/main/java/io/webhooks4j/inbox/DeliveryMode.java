package io.webhooks4j.inbox;

import java.util.Locale;

/** Where a delivery's handlers run: inside the provider's HTTP request, or afterwards from the inbox. */
public enum DeliveryMode {
    /**
     * In the provider's request: the answer waits for the handlers, and a handler that fails answers 500 so that
     * the provider retries (GitHub never does; Twilio once). The only mode for handlers that reply (TwiML).
     */
    INLINE,
    /**
     * Stored in the inbox first, answered 2xx once stored; workers run the handlers afterwards, retrying failures
     * with backoff until they succeed or the delivery is dead.
     */
    INBOX;

    /** The lower-case name ({@code inline}, {@code inbox}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code code} (any case). */
    public static DeliveryMode fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown delivery mode '" + code + "': expected inline or inbox", e);
        }
    }
}
