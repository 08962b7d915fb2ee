package io.webhooks4j.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.RetryPolicy;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The Kafka inbox against Apache Kafka's own KRaft broker ({@link TestBroker}): receivers, consumers, dead letters. */
class KafkaInboxTest {
    static final RetryPolicy FAST_RETRIES = new RetryPolicy(Duration.ofMillis(20), 2.0, Duration.ofMillis(200), 4, 0.0);

    static Webhooks receiver(KafkaDeliverySink sink) {
        return Webhooks.builder()
                .provider(StripeProvider.create(Deliveries.SECRET))
                .sink(sink)
                .build();
    }

    static KafkaDeliverySink sink(String topic) {
        return KafkaDeliverySink.builder()
                .bootstrapServers(TestBroker.bootstrapServers())
                .topic(topic)
                .build();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /**
     * 10,000 deliveries (200 invoices, 50 events each, in order per invoice) through two receivers, 300 of them sent
     * twice (a sender's retry), run by two consumers in one group sharing a ledger, with a handler failing the first
     * attempt of every 25th event: every delivery's handler succeeds exactly once and each invoice's events run in
     * the order they were stored.
     */
    @Test
    void tenThousandDeliveriesTwoReceiversTwoConsumersEachHandledOnceInOrderPerResource() throws Exception {
        String topic = "deliveries-load";
        TestBroker.createTopics(topic, 6);
        int resources = 200;
        int perResource = 50;
        Map<Integer, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        InMemoryDeliveryLedger ledger =
                InMemoryDeliveryLedger.builder().maxEntries(1_000_000).build();

        List<KafkaInboxConsumer> consumers = new ArrayList<>();
        List<Webhooks> handlerSides = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Webhooks handlers = Webhooks.builder()
                    .provider(StripeProvider.create(Deliveries.SECRET))
                    .on(StripeEvents.INVOICE_PAID, event -> {
                        String id = event.id();
                        int seq = Integer.parseInt(event.data().object().number());
                        int resource =
                                Integer.parseInt(event.data().object().id().substring(3));
                        if (seq % 25 == 7 && failedOnce.add(id)) {
                            failures.incrementAndGet();
                            throw new IllegalStateException("transient failure of " + id);
                        }
                        seen.computeIfAbsent(resource, r -> new ArrayList<>()).add(seq);
                        successes.computeIfAbsent(id, i -> new AtomicInteger()).incrementAndGet();
                    })
                    .build();
            handlerSides.add(handlers);
            consumers.add(KafkaInboxConsumer.builder(handlers)
                    .bootstrapServers(TestBroker.bootstrapServers())
                    .topic(topic)
                    .groupId("load")
                    .ledger(ledger)
                    .retryPolicy(FAST_RETRIES)
                    .lanes(4)
                    .build());
        }
        consumers.forEach(KafkaInboxConsumer::start);

        KafkaDeliverySink sinkA = sink(topic);
        KafkaDeliverySink sinkB = sink(topic);
        Webhooks receiverA = receiver(sinkA);
        Webhooks receiverB = receiver(sinkB);
        ExecutorService senders = Executors.newFixedThreadPool(16);
        AtomicInteger notOk = new AtomicInteger();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int r = 0; r < resources; r++) {
                int resource = r;
                sent.add(senders.submit(() -> {
                    // one invoice's events, one after the other (each answered before the next is sent), through
                    // both receivers in turn
                    for (int seq = 0; seq < perResource; seq++) {
                        Webhooks receiver = seq % 2 == 0 ? receiverA : receiverB;
                        WebhookResponse response = receiver.handle("stripe", Deliveries.signed(resource, seq));
                        if (response.status() != 200 || response.outcome() != DeliveryOutcome.Kind.STORED) {
                            notOk.incrementAndGet();
                        }
                        if (seq % 50 < 1
                                || (resource % 2 == 0 && seq == perResource - 1)
                                || (resource < 100 && seq == 10)) {
                            // the sender did not see the answer and sends the same event again
                            WebhookResponse again = receiver.handle("stripe", Deliveries.signed(resource, seq));
                            if (again.status() != 200) {
                                notOk.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get(5, TimeUnit.MINUTES);
            }
            assertThat(notOk).as("every delivery answered 200 once stored").hasValue(0);

            int total = resources * perResource;
            await("all deliveries handled", Duration.ofMinutes(4), () -> successes.size() == total);
            Thread.sleep(500); // let the consumers read the last duplicates
            await(
                    "duplicates settled",
                    Duration.ofSeconds(30),
                    () -> consumers.stream().mapToInt(c -> c.stats().inFlight()).sum() == 0);

            assertThat(successes).hasSize(total);
            assertThat(successes.values())
                    .as("each delivery's handlers succeeded once (the retried duplicates were de-duplicated)")
                    .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(failures.get())
                    .as("transient failures happened and were retried")
                    .isEqualTo(400);
            for (int r = 0; r < resources; r++) {
                List<Integer> order = seen.get(r);
                List<Integer> expected = new ArrayList<>();
                for (int s = 0; s < perResource; s++) {
                    expected.add(s);
                }
                assertThat(order).as("events of invoice %d in order", r).isEqualTo(expected);
            }
            long handled =
                    consumers.stream().mapToLong(c -> c.stats().handled()).sum();
            long duplicates =
                    consumers.stream().mapToLong(c -> c.stats().duplicates()).sum();
            assertThat(handled).isEqualTo(total);
            assertThat(duplicates)
                    .as("the sender's repeats were read and skipped")
                    .isGreaterThanOrEqualTo(400);
            assertThat(consumers).allSatisfy(c -> assertThat(c.stats().handled())
                    .as("both consumers worked")
                    .isPositive());
            assertThat(consumers.stream()
                            .mapToLong(c -> c.stats().deadLettered())
                            .sum())
                    .isZero();
        } finally {
            senders.shutdownNow();
            consumers.forEach(KafkaInboxConsumer::close);
            receiverA.close();
            receiverB.close();
            sinkA.close();
            sinkB.close();
            handlerSides.forEach(Webhooks::close);
        }
    }

    /**
     * A delivery whose handler keeps failing goes to the dead-letter topic with its last error, after the policy's
     * attempts; later deliveries run; moved back after the fix, it runs once.
     */
    @Test
    void aDeliveryThatKeepsFailingIsDeadLetteredWithItsErrorAndRunsWhenMovedBack() throws Exception {
        String topic = "deliveries-dead";
        TestBroker.createTopics(topic, 2);
        AtomicBoolean fixed = new AtomicBoolean();
        Set<String> handled = ConcurrentHashMap.newKeySet();
        List<DeliveryOutcome.Kind> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        Webhooks handlers = Webhooks.builder()
                .provider(StripeProvider.create(Deliveries.SECRET))
                .on(StripeEvents.INVOICE_PAID, event -> {
                    if (event.id().equals(Deliveries.eventId(1, 1)) && !fixed.get()) {
                        throw new IllegalStateException("no such customer: cus_1");
                    }
                    handled.add(event.id());
                })
                .observer(new io.webhooks4j.WebhookObserver() {
                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        outcomes.add(outcome.kind());
                    }
                })
                .build();
        try (KafkaDeliverySink sink = sink(topic);
                Webhooks receiver = receiver(sink);
                KafkaInboxConsumer consumer = KafkaInboxConsumer.builder(handlers)
                        .bootstrapServers(TestBroker.bootstrapServers())
                        .topic(topic)
                        .groupId("dead")
                        .retryPolicy(FAST_RETRIES)
                        .build()) {
            consumer.start();
            for (int seq = 0; seq < 3; seq++) {
                assertThat(receiver.handle("stripe", Deliveries.signed(1, seq)).status())
                        .isEqualTo(200);
            }
            // a record that is not a delivery (another producer wrote to the topic): dead at once
            try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
                raw.send(new ProducerRecord<>(
                                topic, "x".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)))
                        .get();
            }

            await(
                    "two dead letters",
                    Duration.ofSeconds(60),
                    () -> consumer.stats().deadLettered() == 2);
            assertThat(handled).containsExactlyInAnyOrder(Deliveries.eventId(1, 0), Deliveries.eventId(1, 2));
            assertThat(consumer.stats().retries()).isEqualTo(FAST_RETRIES.maxAttempts() - 1);
            assertThat(outcomes).contains(DeliveryOutcome.Kind.RETRYING, DeliveryOutcome.Kind.DEAD);

            DeadLetters dead = DeadLetters.using(TestBroker.bootstrapServers());
            List<DeadLetters.DeadLetter> letters = dead.list(topic + ".dlq", 10);
            assertThat(letters).hasSize(2);
            DeadLetters.DeadLetter failed = letters.stream()
                    .filter(l -> "stripe".equals(l.provider()))
                    .findFirst()
                    .orElseThrow();
            assertThat(failed.eventType()).isEqualTo("invoice.paid");
            assertThat(failed.deliveryId()).isEqualTo(Deliveries.eventId(1, 1));
            assertThat(failed.error()).isEqualTo("java.lang.IllegalStateException: no such customer: cus_1");
            assertThat(failed.attempts()).isEqualTo("4");
            assertThat(failed.bodyBytes()).isEqualTo(Deliveries.body(1, 1).getBytes(StandardCharsets.UTF_8).length);
            DeadLetters.DeadLetter unreadable = letters.stream()
                    .filter(l -> l.provider() == null)
                    .findFirst()
                    .orElseThrow();
            assertThat(unreadable.error()).contains("not a webhooks4j delivery record");
            assertThat(unreadable.attempts()).isEqualTo("0");

            fixed.set(true);
            assertThat(dead.moveBack(topic + ".dlq", topic, 100, Duration.ofSeconds(30)))
                    .isEqualTo(2);
            await("the moved-back delivery ran", Duration.ofSeconds(60), () -> handled.size() == 3);
            await(
                    "the unreadable one is dead again",
                    Duration.ofSeconds(60),
                    () -> consumer.stats().deadLettered() == 3);
            assertThat(dead.moveBack(topic + ".dlq", topic, 100, Duration.ofSeconds(30)))
                    .as("each dead letter is moved once; the new one once too")
                    .isEqualTo(1);
        } finally {
            handlers.close();
        }
    }

    /** The broker unreachable at ingest: the sender gets 503 within the budget and retries; nothing is lost to us. */
    @Test
    void brokerUnreachableGives503() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (KafkaDeliverySink sink = KafkaDeliverySink.builder()
                        .bootstrapServers("127.0.0.1:" + port)
                        .topic("nowhere")
                        .build();
                Webhooks receiver = receiver(sink)) {
            long start = System.nanoTime();
            WebhookResponse response = receiver.handle("stripe", Deliveries.signed(9, 0));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.bodyAsString()).contains("inbox_unavailable");
            assertThat(millis)
                    .as("answered within Stripe's budget, not after the sender gave up")
                    .isLessThan(StripeProvider.create(Deliveries.SECRET)
                            .responseBudget()
                            .toMillis());
        }
    }
}
