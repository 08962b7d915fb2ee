package io.webhooks4j.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * The operations on a dead-letter topic: {@link #list} what is there, {@link #moveBack} put it back on the delivery
 * topic once the cause is fixed (the CLI's {@code kafka dead-letters} command calls both).
 *
 * <p>Moving back reads the dead-letter topic as consumer group {@value #MOVER_GROUP} (so each dead letter is moved
 * once, however often the command runs), produces each record to the delivery topic as it was first stored (the
 * {@code webhooks4j.dead.*} headers removed, key, body and delivery headers unchanged), and commits the dead-letter
 * offsets only once the broker acknowledged the copies. The consumer then runs the delivery again with fresh
 * attempts; the ledger lets it, since a failed delivery was never marked done.
 */
public final class DeadLetters {
    /** The consumer group that moves dead letters back. */
    public static final String MOVER_GROUP = "webhooks4j-dead-letter-mover";

    private final Map<String, Object> properties;

    private DeadLetters(Map<String, Object> properties) {
        this.properties = properties;
    }

    /** Operations with these client settings ({@code bootstrap.servers} at least). */
    public static DeadLetters using(Map<String, ?> clientProperties) {
        Map<String, Object> copy = new HashMap<>(clientProperties);
        if (!copy.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("bootstrap.servers is required");
        }
        return new DeadLetters(copy);
    }

    /** Operations on the brokers at {@code bootstrapServers}. */
    public static DeadLetters using(String bootstrapServers) {
        return using(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * A dead letter as listed: what it is and why it died; never its body or delivery headers.
     *
     * @param partition its partition in the dead-letter topic
     * @param offset its offset there
     */
    public record DeadLetter(
            int partition,
            long offset,
            @Nullable String provider,
            @Nullable String eventType,
            @Nullable String deliveryId,
            @Nullable String error,
            @Nullable String attempts,
            @Nullable String deadAt,
            int bodyBytes) {}

    /**
     * Up to {@code max} dead letters of {@code deadLetterTopic}, from the start of each partition, without moving or
     * committing anything.
     */
    public List<DeadLetter> list(String deadLetterTopic, int max) {
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (out.size() < max && !reachedEnd(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (out.size() >= max) {
                        break;
                    }
                    var h = r.headers();
                    out.add(new DeadLetter(
                            r.partition(),
                            r.offset(),
                            DeliveryRecords.last(h, DeliveryRecords.PROVIDER),
                            DeliveryRecords.last(h, DeliveryRecords.EVENT_TYPE),
                            DeliveryRecords.last(h, DeliveryRecords.DELIVERY_ID),
                            DeliveryRecords.last(h, DeliveryRecords.DEAD_ERROR),
                            DeliveryRecords.last(h, DeliveryRecords.DEAD_ATTEMPTS),
                            DeliveryRecords.last(h, DeliveryRecords.DEAD_AT),
                            r.value() == null ? 0 : r.value().length));
                }
            }
        }
        return out;
    }

    /**
     * Moves up to {@code max} dead letters not moved before from {@code deadLetterTopic} back to {@code topic}, and
     * returns how many were moved. Stops at the end of the dead-letter topic as it was when called.
     *
     * @throws IllegalStateException when the broker did not acknowledge a copy within {@code timeout} (those not
     *     acknowledged are not committed: the next run moves them; a copy that did arrive is then run once, by the
     *     ledger)
     */
    public int moveBack(String deadLetterTopic, String topic, int max, Duration timeout) {
        Objects.requireNonNull(topic, "topic");
        int moved = 0;
        Map<String, Object> producerConfig = Kafka.durableProducer(properties);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(MOVER_GROUP);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig)) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.subscribe(List.of(deadLetterTopic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (moved < max && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    if (!consumer.assignment().isEmpty() && reachedEnd(consumer, end)) {
                        break;
                    }
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (moved >= max || r.offset() >= end.getOrDefault(tp, Long.MAX_VALUE)) {
                        consumer.seek(tp, r.offset()); // left for the next run
                        continue;
                    }
                    sent.add(producer.send(new ProducerRecord<>(
                            topic, null, r.key(), r.value(), DeliveryRecords.withoutDeadLetterHeaders(r.headers()))));
                    commit.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    moved++;
                }
                for (Future<RecordMetadata> f : sent) {
                    f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                if (!commit.isEmpty()) {
                    consumer.commitSync(commit);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Dead letters not moved back: the broker did not acknowledge them", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while moving dead letters back", e);
        }
        return moved;
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.assignment().contains(e.getKey()) && consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("Topic '" + topic + "' does not exist");
        }
        List<TopicPartition> partitions = new ArrayList<>();
        infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        return partitions;
    }

    private KafkaConsumer<byte[], byte[]> consumer(@Nullable String group) {
        Map<String, Object> config = new HashMap<>();
        properties.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k)) {
                config.put(k, v);
            }
        });
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }
}
