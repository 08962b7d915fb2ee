package io.webhooks4j.kafka;

import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.inbox.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * Runs the typed handlers for the deliveries a {@link KafkaDeliverySink} stored: a consumer in a consumer group reads
 * the topic, parses each record's bytes again and runs the handlers registered on a {@link Webhooks} ({@link
 * Webhooks#runStored}), then commits the record's offset. Nothing is committed before its handlers succeeded (or it
 * was dead-lettered), so a consumer that dies loses nothing: the group's next owner of the partition reads it again.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder().provider(stripe)
 *         .on(StripeEvents.INVOICE_PAID, e -> billing.markPaid(e.data().object()))
 *         .ledger(JdbcDeliveryLedger.create(dataSource))
 *         .build();
 * KafkaInboxConsumer consumer = KafkaInboxConsumer.builder(webhooks)
 *         .bootstrapServers("kafka-1:9092").topic("webhooks").groupId("billing")
 *         .build();
 * consumer.start();
 * }</pre>
 *
 * <p><b>Order.</b> Records are spread over {@link Builder#lanes lanes}, worker threads each running one record at a
 * time, by their key: records with one key (one resource, {@link RecordKeys}) run one after the other in offset
 * order, on one lane. A failed record is retried in place with the {@link Builder#retryPolicy retry policy}'s
 * backoff, holding its lane (and so every later record of its key) until it succeeds or is dead-lettered.
 *
 * <p><b>Once.</b> Before running a delivery the consumer claims its de-duplication key in the {@link
 * DeliveryLedger} ({@code Webhooks.ledger()} unless {@link Builder#ledger set}); a delivery the ledger has as done
 * (the sender's retry, a record read again after a rebalance) is committed without running. Use a shared ledger
 * ({@code JdbcDeliveryLedger}) when several consumer processes read one topic.
 *
 * <p><b>Dead letters.</b> After the policy's last attempt the record goes to the dead-letter topic ({@code
 * <topic>.dlq} unless set) with the last error in its headers ({@link DeliveryRecords}), then its offset is
 * committed. A record that is not a delivery record (another format, a missing header) is dead-lettered at once.
 * {@link DeadLetters#moveBack} puts dead letters back on the topic.
 *
 * <p>Back-pressure: when {@link Builder#maxInFlight} records are queued or running, the consumer pauses its
 * partitions and keeps polling (so it stays in the group) until the lanes catch up.
 */
public final class KafkaInboxConsumer implements AutoCloseable {
    /** Retries for a failed handler: 1 s doubling up to 1 min, 8 attempts (about 4 minutes), 20% jitter. */
    public static final RetryPolicy DEFAULT_RETRY_POLICY =
            new RetryPolicy(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), 8, 0.2);

    private static final System.Logger LOG = System.getLogger(KafkaInboxConsumer.class.getName());
    private static final Work STOP = new Work(null, null, null);
    /** How often done offsets are committed while consuming (and always on revocation and close). */
    private static final long COMMIT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final Webhooks webhooks;
    private final DeliveryLedger ledger;
    private final RetryPolicy retryPolicy;
    private final String topic;
    private final String deadLetterTopic;
    private final String groupId;
    private final int maxInFlight;
    private final Duration pollTimeout;
    private final Duration closeTimeout;
    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetterProducer;
    private final Lane[] lanes;
    private final ConcurrentLinkedQueue<Work> completed = new ConcurrentLinkedQueue<>();
    private final Map<TopicPartition, Partition> partitions = new HashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final LongAdder handled = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private volatile boolean running;
    private volatile boolean closing;
    private @Nullable Thread pollThread;
    private boolean paused;
    private long lastCommit = System.nanoTime();

    private KafkaInboxConsumer(Builder b) {
        this.webhooks = b.webhooks;
        this.ledger = b.ledger != null ? b.ledger : b.webhooks.ledger();
        this.retryPolicy = b.retryPolicy;
        this.topic = b.topic;
        this.deadLetterTopic = b.deadLetterTopic != null ? b.deadLetterTopic : b.topic + ".dlq";
        this.groupId = b.groupId;
        this.maxInFlight = b.maxInFlight;
        this.pollTimeout = b.pollTimeout;
        this.closeTimeout = b.closeTimeout;

        Map<String, Object> consumerConfig = new HashMap<>(b.properties);
        Kafka.requireUnset(consumerConfig, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumerConfig.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(consumerConfig);

        Map<String, Object> producerConfig = Kafka.durableProducer(b.properties);
        producerConfig.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerConfig.remove(ProducerConfig.CLIENT_ID_CONFIG);
        this.deadLetterProducer = new KafkaProducer<>(producerConfig);

        this.lanes = new Lane[b.lanes];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane(i);
        }
    }

    /** A consumer running {@code webhooks}' handlers. */
    public static Builder builder(Webhooks webhooks) {
        return new Builder(webhooks);
    }

    /** Joins the group and starts consuming, on threads of its own; returns at once. */
    public synchronized void start() {
        if (pollThread != null) {
            throw new IllegalStateException("already started");
        }
        running = true;
        for (Lane lane : lanes) {
            lane.thread.start();
        }
        Thread thread = new Thread(this::pollLoop, "webhooks4j-kafka-" + groupId + "-poll");
        thread.setDaemon(true);
        pollThread = thread;
        thread.start();
    }

    /**
     * Stops: no new records are started, the ones running get up to the close timeout (30 s unless set) to finish,
     * the offsets of those done are committed, and the consumer leaves its group. Records not done are read again
     * by the group's next owner of their partition.
     */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            thread = pollThread;
            running = false;
        }
        if (thread != null) {
            consumer.wakeup();
            try {
                if (!stopped.await(closeTimeout.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "Kafka consumer of " + topic + " did not stop in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
        deadLetterProducer.close(Duration.ofSeconds(5));
    }

    /** Counts since start. */
    public Stats stats() {
        return new Stats(handled.sum(), duplicates.sum(), retries.sum(), deadLettered.sum(), inFlight.get());
    }

    /**
     * What the consumer did since it started.
     *
     * @param handled deliveries whose handlers ran and succeeded (or that no handler matched)
     * @param duplicates deliveries the ledger had as done, committed without running
     * @param retries failed attempts that were tried again
     * @param deadLettered records moved to the dead-letter topic
     * @param inFlight records queued or running now
     */
    public record Stats(long handled, long duplicates, long retries, long deadLettered, int inFlight) {}

    /** The topic read. */
    public String topic() {
        return topic;
    }

    /** The dead-letter topic written. */
    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    @Override
    public String toString() {
        return "KafkaInboxConsumer[topic=" + topic + ", group=" + groupId + ", lanes=" + lanes.length + "]";
    }

    // ---- the poll thread: owns the KafkaConsumer, the partitions' bookkeeping and the commits ----

    private void pollLoop() {
        try {
            consumer.subscribe(List.of(topic), new Rebalance());
            while (running) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = consumer.poll(pollTimeout);
                } catch (WakeupException e) {
                    break;
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    dispatch(record);
                }
                settle();
                long now = System.nanoTime();
                if (now - lastCommit >= COMMIT_INTERVAL_NANOS) {
                    // at most five commits a second: a commit per poll loads the group coordinator for nothing
                    commit(false);
                    lastCommit = now;
                }
                pauseOrResume();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Kafka consumer of " + topic + " failed; it stops", e);
        } finally {
            shutdown();
        }
    }

    private void dispatch(ConsumerRecord<byte[], byte[]> record) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        Partition partition = partitions.computeIfAbsent(tp, Partition::new);
        partition.pending.add(record.offset());
        partition.next = Math.max(partition.next, record.offset() + 1);
        inFlight.incrementAndGet();
        lanes[laneOf(record.key())].queue.add(new Work(record, tp, partition));
    }

    private int laneOf(byte @Nullable [] key) {
        int hash = key == null ? 0 : Arrays.hashCode(key);
        return Math.floorMod(hash ^ (hash >>> 16), lanes.length);
    }

    /** Takes in what the lanes finished. */
    private void settle() {
        Work work;
        while ((work = completed.poll()) != null) {
            Partition partition = partitions.get(work.tp);
            if (partition == work.partition && work.done) {
                partition.pending.remove(work.record.offset());
            }
        }
    }

    private void commit(boolean sync) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (Partition partition : partitions.values()) {
            if (partition.next < 0) {
                continue;
            }
            long committable = partition.pending.isEmpty() ? partition.next : partition.pending.first();
            if (committable > partition.committed) {
                offsets.put(partition.tp, new OffsetAndMetadata(committable));
                partition.committed = committable;
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        if (sync) {
            consumer.commitSync(offsets);
        } else {
            consumer.commitAsync(offsets, (done, error) -> {
                if (error != null) {
                    // a later commit carries these offsets too; a lost one only means reading a record again
                    LOG.log(System.Logger.Level.DEBUG, "Kafka offset commit failed: " + error);
                }
            });
        }
    }

    private void pauseOrResume() {
        if (inFlight.get() >= maxInFlight) {
            consumer.pause(consumer.assignment());
            paused = true;
        } else if (paused) {
            consumer.resume(consumer.paused());
            paused = false;
        }
    }

    private void shutdown() {
        closing = true;
        for (Lane lane : lanes) {
            lane.queue.clear();
            lane.queue.add(STOP);
            if (!lane.inHandler) {
                lane.thread.interrupt(); // waiting to retry or for the ledger: stop now, it is read again later
            }
        }
        long deadline = System.nanoTime() + closeTimeout.toNanos();
        for (Lane lane : lanes) {
            try {
                lane.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (lane.thread.isAlive()) {
                lane.thread.interrupt();
            }
        }
        settle();
        try {
            commit(true);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Kafka offsets not committed at close: " + e);
        }
        try {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Kafka consumer close: " + e);
        }
        stopped.countDown();
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            settle();
            try {
                commit(true);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Kafka offsets not committed on revocation: " + e);
            }
            for (TopicPartition tp : revoked) {
                Partition partition = partitions.remove(tp);
                if (partition != null) {
                    partition.revoked = true; // queued records of it are skipped; the next owner reads them
                }
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            for (TopicPartition tp : lost) {
                Partition partition = partitions.remove(tp);
                if (partition != null) {
                    partition.revoked = true;
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            if (paused) {
                consumer.pause(assigned);
            }
        }
    }

    /** One assigned partition's bookkeeping (poll thread only, but {@code revoked}). */
    private static final class Partition {
        final TopicPartition tp;
        final TreeSet<Long> pending = new TreeSet<>();
        long next = -1;
        long committed = -1;
        volatile boolean revoked;

        Partition(TopicPartition tp) {
            this.tp = tp;
        }
    }

    private static final class Work {
        final ConsumerRecord<byte[], byte[]> record;
        final TopicPartition tp;
        final Partition partition;
        /** True when the record may be committed: handled, a duplicate or dead-lettered. */
        volatile boolean done;

        Work(ConsumerRecord<byte[], byte[]> record, TopicPartition tp, Partition partition) {
            this.record = record;
            this.tp = tp;
            this.partition = partition;
        }
    }

    // ---- the lanes: run one record at a time, in the order they were given ----

    private final class Lane implements Runnable {
        final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
        final Thread thread;
        /** True while a handler runs on this lane: close waits for it; a lane waiting to retry is woken at once. */
        volatile boolean inHandler;

        Lane(int index) {
            thread = new Thread(this, "webhooks4j-kafka-" + groupId + "-lane-" + index);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Work work;
                try {
                    work = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (work == STOP) {
                    return;
                }
                try {
                    work.done = runToEnd(work);
                } catch (InterruptedException e) {
                    work.done = false;
                    finish(work);
                    return;
                }
                finish(work);
            }
        }

        /** {@link #process}, again after a second when our own code failed (a bug): a record is never skipped. */
        private boolean runToEnd(Work work) throws InterruptedException {
            while (true) {
                try {
                    return process(work, this);
                } catch (RuntimeException | Error e) {
                    LOG.log(System.Logger.Level.ERROR, "webhooks4j Kafka lane failed on a record; trying again", e);
                    if (work.partition.revoked || closing) {
                        return false;
                    }
                    Thread.sleep(1_000);
                }
            }
        }

        private void finish(Work work) {
            inFlight.decrementAndGet();
            completed.add(work);
        }
    }

    /** Runs one record to its end: true once it may be committed, false when it is left to be read again. */
    private boolean process(Work work, Lane lane) throws InterruptedException {
        if (work.partition.revoked || closing) {
            return false;
        }
        NewDelivery delivery;
        try {
            delivery = DeliveryRecords.fromRecord(work.record);
        } catch (IllegalArgumentException e) {
            return deadLetter(work, 0, e);
        }
        int attempt = 1;
        int waits = 0;
        while (true) {
            if (work.partition.revoked || closing) {
                return false;
            }
            DeliveryLedger.Claim claim;
            try {
                claim = ledger.claim(delivery.provider(), delivery.deduplicationKey());
            } catch (RuntimeException e) {
                // the ledger is unreachable: not the delivery's fault, so not an attempt
                sleep(retryPolicy.delay(++waits));
                continue;
            }
            switch (claim.status()) {
                case DONE -> {
                    duplicates.increment();
                    return true;
                }
                case IN_FLIGHT -> {
                    // another consumer runs it right now (or died holding it: its lease runs out)
                    sleep(retryPolicy.delay(++waits));
                    continue;
                }
                case CLAIMED -> {}
            }
            try {
                lane.inHandler = true;
                webhooks.runStored(delivery, attempt);
            } catch (Exception | LinkageError | StackOverflowError e) {
                lane.inHandler = false;
                release(claim);
                if (closing || e instanceof InterruptedException) {
                    return false; // read again by the partition's next owner
                }
                boolean dead = retryPolicy.exhausted(attempt);
                webhooks.reportStoredFailure(delivery, dead, e);
                if (dead) {
                    return deadLetter(work, attempt, e);
                }
                retries.increment();
                sleep(retryPolicy.delay(attempt));
                attempt++;
                continue;
            } finally {
                lane.inHandler = false;
            }
            try {
                ledger.complete(claim);
            } catch (RuntimeException e) {
                // the handlers ran: committing is right; only the sender's retry of it might run them again
                LOG.log(System.Logger.Level.WARNING, "Ledger did not record a handled delivery as done: " + e);
            }
            handled.increment();
            return true;
        }
    }

    private void release(DeliveryLedger.Claim claim) {
        try {
            ledger.release(claim);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Ledger did not release a claim (its lease runs out): " + e);
        }
    }

    /** Produces the record to the dead-letter topic, waiting for the broker; false when left to be read again. */
    private boolean deadLetter(Work work, int attempts, Throwable error) throws InterruptedException {
        ConsumerRecord<byte[], byte[]> record = work.record;
        RecordHeaders headers = DeliveryRecords.withoutDeadLetterHeaders(record.headers());
        String message = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        if (message.length() > DeliveryRecords.MAX_ERROR_LENGTH) {
            message = message.substring(0, DeliveryRecords.MAX_ERROR_LENGTH);
        }
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_ERROR, message);
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_ATTEMPTS, Integer.toString(attempts));
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_AT, Instant.now().toString());
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_TOPIC, record.topic());
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_PARTITION, Integer.toString(record.partition()));
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_OFFSET, Long.toString(record.offset()));
        DeliveryRecords.add(headers, DeliveryRecords.DEAD_GROUP, groupId);
        ProducerRecord<byte[], byte[]> dead =
                new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(), headers);
        int tries = 0;
        while (true) {
            if (work.partition.revoked || closing) {
                return false;
            }
            try {
                deadLetterProducer.send(dead).get(30, TimeUnit.SECONDS);
                deadLettered.increment();
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Delivery record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                                + " moved to " + deadLetterTopic + " after " + attempts + " attempt(s)");
                return true;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Dead-letter topic " + deadLetterTopic + " did not take a record; trying again: " + e);
                sleep(retryPolicy.delay(++tries));
            }
        }
    }

    private void sleep(Duration delay) throws InterruptedException {
        Thread.sleep(Math.max(1, delay.toMillis()));
    }

    /** Builds a {@link KafkaInboxConsumer}. */
    public static final class Builder {
        private final Webhooks webhooks;
        private final Map<String, Object> properties = new ConcurrentHashMap<>();
        private String topic;
        private @Nullable String deadLetterTopic;
        private String groupId = "webhooks4j";
        private @Nullable DeliveryLedger ledger;
        private RetryPolicy retryPolicy = DEFAULT_RETRY_POLICY;
        private int lanes = 4;
        private int maxInFlight = 1_000;
        private Duration pollTimeout = Duration.ofMillis(100);
        private Duration closeTimeout = Duration.ofSeconds(30);

        private Builder(Webhooks webhooks) {
            this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        }

        /** {@code bootstrap.servers}. Required (or as a property). */
        public Builder bootstrapServers(String servers) {
            return property(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(servers, "servers"));
        }

        /** The topic the sink writes. Required. */
        public Builder topic(String topic) {
            this.topic = Objects.requireNonNull(topic, "topic");
            return this;
        }

        /** The dead-letter topic; {@code <topic>.dlq} unless set. It must exist. */
        public Builder deadLetterTopic(String topic) {
            this.deadLetterTopic = Objects.requireNonNull(topic, "topic");
            return this;
        }

        /** The consumer group ({@code group.id}); {@code webhooks4j} unless set. */
        public Builder groupId(String groupId) {
            this.groupId = Objects.requireNonNull(groupId, "groupId");
            return this;
        }

        /** The ledger that de-duplicates; the {@code Webhooks}' own unless set. */
        public Builder ledger(DeliveryLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** When a failed delivery is tried again, and when it is dead; {@link #DEFAULT_RETRY_POLICY} unless set. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** Worker threads (each runs one record at a time); 4 unless set. */
        public Builder lanes(int lanes) {
            if (lanes < 1 || lanes > 1_024) {
                throw new IllegalArgumentException("lanes must be between 1 and 1024, was " + lanes);
            }
            this.lanes = lanes;
            return this;
        }

        /** Records queued or running before the consumer pauses its partitions; 1,000 unless set. */
        public Builder maxInFlight(int maxInFlight) {
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("maxInFlight must be positive, was " + maxInFlight);
            }
            this.maxInFlight = maxInFlight;
            return this;
        }

        /** How long {@link #close()} waits for running handlers; 30 s unless set. */
        public Builder closeTimeout(Duration closeTimeout) {
            this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
            return this;
        }

        /**
         * A consumer setting (security, {@code max.poll.records}, ...); producer settings given here (security,
         * say) are used for the dead-letter producer too. {@code enable.auto.commit} cannot be turned on.
         */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Every entry of {@code settings} as a {@link #property}. */
        public Builder properties(Map<String, ?> settings) {
            settings.forEach(this::property);
            return this;
        }

        public KafkaInboxConsumer build() {
            if (topic == null || topic.isBlank()) {
                throw new IllegalStateException("KafkaInboxConsumer needs a topic: call topic(...)");
            }
            if (!properties.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                throw new IllegalStateException(
                        "KafkaInboxConsumer needs the brokers: call bootstrapServers(...) (bootstrap.servers)");
            }
            return new KafkaInboxConsumer(this);
        }
    }
}
