package io.webhooks4j.standardwebhooks.internal;

import io.webhooks4j.Headers;
import io.webhooks4j.standardwebhooks.StandardWebhooksHeaders;

/**
 * The three header names one delivery is read from: {@code webhook-*}, or Svix's {@code svix-*}. A delivery is read
 * from the {@code webhook-*} family when all three of its headers are present, else from the {@code svix-*} family
 * when all three of those are (the official Svix libraries do the same, in the other order).
 */
public record HeaderFamily(String id, String timestamp, String signature) {
    public static final HeaderFamily STANDARD = new HeaderFamily(
            StandardWebhooksHeaders.ID, StandardWebhooksHeaders.TIMESTAMP, StandardWebhooksHeaders.SIGNATURE);
    public static final HeaderFamily SVIX = new HeaderFamily(
            StandardWebhooksHeaders.SVIX_ID,
            StandardWebhooksHeaders.SVIX_TIMESTAMP,
            StandardWebhooksHeaders.SVIX_SIGNATURE);

    private boolean completeIn(Headers headers) {
        return headers.contains(id) && headers.contains(timestamp) && headers.contains(signature);
    }

    private boolean anyIn(Headers headers) {
        return headers.contains(id) || headers.contains(timestamp) || headers.contains(signature);
    }

    /**
     * The family to read: {@code webhook-*} when complete, else {@code svix-*} when complete, else the one partly
     * present (so the missing header is named), {@code webhook-*} when neither is.
     */
    public static HeaderFamily of(Headers headers) {
        if (STANDARD.completeIn(headers)) {
            return STANDARD;
        }
        if (SVIX.completeIn(headers) || (SVIX.anyIn(headers) && !STANDARD.anyIn(headers))) {
            return SVIX;
        }
        return STANDARD;
    }
}
