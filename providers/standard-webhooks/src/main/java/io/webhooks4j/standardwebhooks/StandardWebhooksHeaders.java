package io.webhooks4j.standardwebhooks;

import io.webhooks4j.Headers;
import java.util.List;

/**
 * The header names of Standard Webhooks and of Svix, which uses the same scheme under its own names, and the
 * delivery-control response header Svix documents.
 *
 * <p>A delivery is read from the {@code webhook-*} family when all three of its headers are present, else from
 * the {@code svix-*} family when all three of those are (the official Svix libraries do the same, in the other
 * order); either way the id and timestamp that are checked are the ones the signature covers.
 */
public final class StandardWebhooksHeaders {
    /** The message id: the same on every retry of one message (specification, "Webhook headers"). */
    public static final String ID = "webhook-id";
    /** The attempt's time, whole Unix seconds. */
    public static final String TIMESTAMP = "webhook-timestamp";
    /** Space-separated {@code <scheme>,<base64>} signatures ({@code v1}, {@code v1a}). */
    public static final String SIGNATURE = "webhook-signature";

    /** Svix's name for {@link #ID}. */
    public static final String SVIX_ID = "svix-id";
    /** Svix's name for {@link #TIMESTAMP}. */
    public static final String SVIX_TIMESTAMP = "svix-timestamp";
    /** Svix's name for {@link #SIGNATURE}. */
    public static final String SVIX_SIGNATURE = "svix-signature";

    /**
     * A response header Svix reads from the receiver (https://docs.svix.com/receiving/delivery-control): value
     * {@link #ABORT_MESSAGE} stops the retries of the message just sent (it has no effect on a 2xx, which ends
     * them anyway), {@link #DISABLE} disables the endpoint. Not part of the Standard Webhooks specification.
     */
    public static final String DELIVERY = "webhook-delivery";
    /** {@link #DELIVERY} value: stop retrying this message. */
    public static final String ABORT_MESSAGE = "abort-message";
    /** {@link #DELIVERY} value: disable this endpoint. */
    public static final String DISABLE = "disable";

    private StandardWebhooksHeaders() {}

    /** The three names one delivery is read from. */
    record Family(String id, String timestamp, String signature) {
        static final Family STANDARD = new Family(ID, TIMESTAMP, SIGNATURE);
        static final Family SVIX = new Family(SVIX_ID, SVIX_TIMESTAMP, SVIX_SIGNATURE);

        List<String> names() {
            return List.of(id, timestamp, signature);
        }

        boolean completeIn(Headers headers) {
            return headers.contains(id) && headers.contains(timestamp) && headers.contains(signature);
        }

        boolean anyIn(Headers headers) {
            return headers.contains(id) || headers.contains(timestamp) || headers.contains(signature);
        }

        /**
         * The family to read: {@code webhook-*} when complete, else {@code svix-*} when complete, else the one
         * partly present (so the missing header is named), {@code webhook-*} when neither is.
         */
        static Family of(Headers headers) {
            if (STANDARD.completeIn(headers)) {
                return STANDARD;
            }
            if (SVIX.completeIn(headers) || (SVIX.anyIn(headers) && !STANDARD.anyIn(headers))) {
                return SVIX;
            }
            return STANDARD;
        }

        /** The first of the three that {@code headers} lacks, or null. */
        String firstMissing(Headers headers) {
            for (String name : List.of(signature, id, timestamp)) {
                if (!headers.contains(name)) {
                    return name;
                }
            }
            return null;
        }
    }
}
