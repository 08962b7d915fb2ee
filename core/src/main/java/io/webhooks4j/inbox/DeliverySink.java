package io.webhooks4j.inbox;

import java.time.Duration;

/**
 * An inbox engine whose handlers are run by someone else than the {@link io.webhooks4j.Webhooks} that received the
 * delivery: a message broker's topic (module {@code webhooks4j-kafka}), read by a consumer that calls {@link
 * io.webhooks4j.Webhooks#runStored(NewDelivery, int)}. In inbox mode ({@link
 * io.webhooks4j.Webhooks.Builder#sink(DeliverySink)}) a verified delivery is handed to {@link #store} and answered
 * 2xx only once that returned; when it throws, the sender gets 503 and retries.
 *
 * <p>A sink does not de-duplicate at the door (a broker cannot do that atomically): the consumer does, through a
 * {@link io.webhooks4j.DeliveryLedger}, with the delivery's {@link NewDelivery#deduplicationKey()}.
 */
public interface DeliverySink {
    /**
     * Hands {@code delivery} over and returns once it is durable, waiting at most {@code timeout} (what is left of
     * the provider's response budget).
     *
     * @return the stored delivery's position (a broker's offset, say) and {@code duplicate} false
     * @throws InboxUnavailableException when it is not known to be durable within {@code timeout} (it may still
     *     arrive: the sender's retry is then de-duplicated by the consumer)
     */
    Inbox.StoreResult store(NewDelivery delivery, Duration timeout);
}
