package io.webhooks4j.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Webhooks;
import io.webhooks4j.stripe.StripeEvents;
import io.webhooks4j.stripe.StripeProvider;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A consumer killed (SIGKILL, in a JVM of its own) in the middle of a batch loses nothing: its partitions go to the
 * other consumer of the group, which reads on from the last committed offset, so every delivery is handled; the
 * only ones run twice are those the dead one had handled but not yet committed.
 */
class KafkaConsumerCrashTest {
    static final int DELIVERIES = 3_000;

    @Test
    void aConsumerKilledMidBatchLosesNothing() throws Exception {
        String topic = "deliveries-crash";
        TestBroker.createTopics(topic, 4);
        try (KafkaDeliverySink sink = KafkaInboxTest.sink(topic);
                Webhooks receiver = KafkaInboxTest.receiver(sink)) {
            for (int i = 0; i < DELIVERIES; i++) {
                assertThat(receiver.handle("stripe", Deliveries.signed(i % 100, i / 100))
                                .status())
                        .isEqualTo(200);
            }
        }

        Path log = Files.createTempFile("webhooks4j-kafka-child", ".log");
        List<String> childLines = new CopyOnWriteArrayList<>();
        Process child = startChild(topic, log);
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    childLines.add(line);
                }
            } catch (Exception e) {
                // killed
            }
        });
        reader.start();
        try {
            KafkaInboxTest.await(
                    "the child consumer to handle 600 deliveries (log: " + log + ")",
                    Duration.ofSeconds(90),
                    () -> childLines.size() > 600 || !child.isAlive());
            assertThat(child.isAlive()).as("child alive; its log: %s", log).isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL: no close, no commit of what it was doing
            child.waitFor();
            reader.join(5_000);
        }
        Set<String> byChild = new HashSet<>();
        for (String line : childLines) {
            if (line.startsWith("handled ")) {
                byChild.add(line.substring("handled ".length()));
            }
        }
        assertThat(byChild.size()).isLessThan(DELIVERIES);

        Set<String> bySurvivor = ConcurrentHashMap.newKeySet();
        try (Webhooks handlers = Webhooks.builder()
                        .provider(StripeProvider.create(Deliveries.SECRET))
                        .on(StripeEvents.INVOICE_PAID, event -> bySurvivor.add(event.id()))
                        .build();
                KafkaInboxConsumer survivor = KafkaInboxConsumer.builder(handlers)
                        .bootstrapServers(TestBroker.bootstrapServers())
                        .topic(topic)
                        .groupId("crash")
                        .build()) {
            survivor.start();
            Set<String> all = new HashSet<>();
            for (int i = 0; i < DELIVERIES; i++) {
                all.add(Deliveries.eventId(i % 100, i / 100));
            }
            KafkaInboxTest.await("every delivery handled by one of the two", Duration.ofSeconds(120), () -> {
                Set<String> union = new HashSet<>(byChild);
                union.addAll(bySurvivor);
                return union.containsAll(all);
            });
            Set<String> twice = new HashSet<>(byChild);
            twice.retainAll(bySurvivor);
            System.out.printf(
                    "crash test: child handled %d, survivor %d, run twice (handled, not committed) %d%n",
                    byChild.size(), bySurvivor.size(), twice.size());
            assertThat(bySurvivor).as("the survivor ran what the child had not").containsAll(difference(all, byChild));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Process startChild(String topic, Path log) throws Exception {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ConsumerProcess.class.getName(),
                TestBroker.bootstrapServers(),
                topic,
                "crash");
        builder.redirectError(log.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }
}
