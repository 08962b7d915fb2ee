package io.webhooks4j.kafka;

import io.webhooks4j.Webhooks;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;

/**
 * A consumer in a JVM of its own, for {@link KafkaConsumerCrashTest}: runs the topic's deliveries with a slow
 * handler and prints {@code handled <event id>} for each, until it is killed.
 *
 * <p>Arguments: bootstrap servers, topic, group.
 */
public final class ConsumerProcess {
    private ConsumerProcess() {}

    public static void main(String[] args) throws Exception {
        Webhooks handlers = Webhooks.builder()
                .provider(StripeProvider.create(Deliveries.SECRET))
                .on(StripeEvents.INVOICE_PAID, event -> {
                    Thread.sleep(4);
                    synchronized (System.out) {
                        System.out.println("handled " + event.id());
                        System.out.flush();
                    }
                })
                .build();
        KafkaInboxConsumer consumer = KafkaInboxConsumer.builder(handlers)
                .bootstrapServers(args[0])
                .topic(args[1])
                .groupId(args[2])
                .property("session.timeout.ms", 6_000)
                .property("heartbeat.interval.ms", 1_000)
                .build();
        consumer.start();
        System.out.println("started");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
