package io.webhooks4j.kafka;

import io.webhooks4j.inbox.NewDelivery;

/**
 * The Kafka record key of a stored delivery: deliveries with one key land on one partition and are handled in the
 * order they were stored. {@link RecordKeys#byResource()} (the default) keys each delivery by the resource it is
 * about, so one invoice's, one repository's or one incident's events stay in order.
 */
@FunctionalInterface
public interface RecordKey {
    /**
     * The key of {@code delivery} (verified: its bytes are the signed ones), never {@code null}. Runs on the
     * receiving thread before the answer, so it should cost about one pass over the body at most.
     */
    String of(NewDelivery delivery);
}
