package io.webhooks4j.kafka;

import io.webhooks4j.inbox.DeliverySink;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxUnavailableException;
import io.webhooks4j.inbox.NewDelivery;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Kafka as the inbox engine: a verified delivery is produced to a topic ({@link DeliveryRecords format 1}) by an
 * idempotent producer with {@code acks=all}, and {@link #store} returns only once the broker acknowledged it, so the
 * sender gets 2xx only for a delivery the topic holds on every in-sync replica. When the broker does not acknowledge
 * within what is left of the provider's response budget, {@link #store} throws {@link InboxUnavailableException}:
 * the sender gets 503 and retries (if the record did arrive after all, the consumer's ledger runs it once).
 *
 * <pre>{@code
 * KafkaDeliverySink sink = KafkaDeliverySink.builder()
 *         .bootstrapServers("kafka-1:9092,kafka-2:9092")
 *         .topic("webhooks")
 *         .build();
 * Webhooks webhooks = Webhooks.builder().provider(stripe).sink(sink).build();
 * }</pre>
 *
 * <p>The producer's settings that make the promise hold are fixed ({@code acks=all}, {@code enable.idempotence=true},
 * byte-array serializers); any other producer setting can be passed with {@link Builder#property}. {@code
 * max.block.ms} (how long {@code send} may wait for metadata when the broker is unreachable) defaults to 2 s here so a
 * broker outage is a prompt 503, not a sender's timeout. The topic must exist (create it with the replication your
 * durability needs, {@code min.insync.replicas} at least 2 in production); the sink does not create topics.
 *
 * <p>Thread-safe; one sink per application, closed with it.
 */
public final class KafkaDeliverySink implements DeliverySink, AutoCloseable {
    /** The {@code max.block.ms} used unless set. */
    public static final Duration DEFAULT_MAX_BLOCK = Duration.ofSeconds(2);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final RecordKey recordKey;

    private KafkaDeliverySink(Producer<byte[], byte[]> producer, String topic, RecordKey recordKey) {
        this.producer = producer;
        this.topic = topic;
        this.recordKey = recordKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The topic deliveries are produced to. */
    public String topic() {
        return topic;
    }

    /**
     * Produces {@code delivery} and waits for the broker's acknowledgement, at most {@code timeout}.
     *
     * @return the record's offset (in its partition) and {@code duplicate} false
     * @throws InboxUnavailableException when it was not acknowledged in time or was refused
     */
    @Override
    public Inbox.StoreResult store(NewDelivery delivery, Duration timeout) {
        Objects.requireNonNull(delivery, "delivery");
        long deadline = System.nanoTime() + Math.max(1, timeout.toNanos());
        Future<RecordMetadata> sent;
        try {
            sent = producer.send(DeliveryRecords.toRecord(topic, recordKey.of(delivery), delivery));
        } catch (KafkaException e) {
            throw new InboxUnavailableException(
                    "Kafka did not take the delivery for topic '" + topic + "': "
                            + e.getClass().getSimpleName(),
                    e);
        }
        try {
            RecordMetadata metadata = sent.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Inbox.StoreResult(metadata.offset(), false);
        } catch (TimeoutException e) {
            throw new InboxUnavailableException(
                    "Kafka did not acknowledge the delivery to topic '" + topic + "' within " + timeout.toMillis()
                            + " ms",
                    e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InboxUnavailableException(
                    "Kafka refused the delivery to topic '" + topic + "': "
                            + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
                    cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboxUnavailableException("Interrupted while waiting for Kafka's acknowledgement", e);
        }
    }

    /** Closes the producer, waiting up to 5 s for records in flight. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public String toString() {
        return "KafkaDeliverySink[topic=" + topic + "]";
    }

    /** Builds a {@link KafkaDeliverySink}. */
    public static final class Builder {
        private final Map<String, Object> properties = new HashMap<>();
        private String topic;
        private RecordKey recordKey = RecordKeys.byResource();

        private Builder() {
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) DEFAULT_MAX_BLOCK.toMillis());
            properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        }

        /** {@code bootstrap.servers}: the brokers to connect to first. Required (or as a property). */
        public Builder bootstrapServers(String servers) {
            return property(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(servers, "servers"));
        }

        /** The topic to produce to. Required. */
        public Builder topic(String topic) {
            this.topic = Objects.requireNonNull(topic, "topic");
            return this;
        }

        /** How deliveries are keyed; {@link RecordKeys#byResource()} unless set. */
        public Builder recordKey(RecordKey recordKey) {
            this.recordKey = Objects.requireNonNull(recordKey, "recordKey");
            return this;
        }

        /**
         * A producer setting (security, client id, compression, ...). {@code acks}, {@code enable.idempotence} and
         * the serializers cannot be changed: they are what makes a 2xx mean stored.
         */
        public Builder property(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            properties.put(name, value);
            return this;
        }

        /** Every entry of {@code settings} as a {@link #property}. */
        public Builder properties(Map<String, ?> settings) {
            settings.forEach(this::property);
            return this;
        }

        public KafkaDeliverySink build() {
            if (topic == null || topic.isBlank()) {
                throw new IllegalStateException("KafkaDeliverySink needs a topic: call topic(...)");
            }
            if (!properties.containsKey(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                throw new IllegalStateException(
                        "KafkaDeliverySink needs the brokers: call bootstrapServers(...) (bootstrap.servers)");
            }
            Map<String, Object> config = new HashMap<>(properties); // settings for interceptors and the like too
            config.putAll(Kafka.durableProducer(properties));
            config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "webhooks4j-sink");
            return new KafkaDeliverySink(new KafkaProducer<>(config), topic, recordKey);
        }
    }
}
