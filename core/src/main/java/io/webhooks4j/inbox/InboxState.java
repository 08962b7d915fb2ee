package io.webhooks4j.inbox;

import java.util.Locale;

/** Where a stored delivery is in its life: stored, claimed by a worker, handled, or given up on. */
public enum InboxState {
    /** Stored and due at its next attempt time (new, or waiting for a retry). */
    PENDING,
    /** A worker holds it under a lease; when the lease lapses (the worker died) another worker takes it. */
    CLAIMED,
    /** The handlers succeeded. Purged after the retention time. */
    DONE,
    /** Every attempt failed; kept with its last error until an operator retries or purges it. */
    DEAD;

    /** The lower-case name, as stored and shown ({@code pending}, {@code claimed}, {@code done}, {@code dead}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named {@code code} (any case). */
    public static InboxState fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown inbox state '" + code + "': expected pending, claimed, done or dead", e);
        }
    }
}
