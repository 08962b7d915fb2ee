package io.webhooks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.Headers;
import io.webhooks4j.RawBody;
import io.webhooks4j.inbox.NewDelivery;
import io.webhooks4j.kafka.DeliveryRecords;
import io.webhooks4j.kafka.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** {@code kafka dead-letters} against Apache Kafka's own KRaft broker. */
class KafkaCommandTest {
    record Result(int code, String out, String err) {}

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, Clock.systemUTC());
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void listsDeadLettersWithTheirErrorAndMovesThemBackOnce() throws Exception {
        String topic = "cli-deliveries";
        TestBroker.createTopics(topic, 1);
        String servers = TestBroker.bootstrapServers();
        NewDelivery delivery = new NewDelivery(
                "stripe",
                "evt_cli_1",
                "invoice.paid",
                "evt_cli_1",
                "https://example.com/webhooks/stripe",
                Headers.builder().add("Stripe-Signature", "t=1,v1=00").build(),
                RawBody.ofUtf8("{\"secret-looking\":\"body Zoë\"}"),
                "k1",
                null,
                Instant.parse("2026-12-02T10:00:00Z"));
        ProducerRecord<byte[], byte[]> stored = DeliveryRecords.toRecord(topic + ".dlq", "stripe:in_1", delivery);
        stored.headers()
                .add(
                        DeliveryRecords.DEAD_ERROR,
                        "java.lang.IllegalStateException: billing down".getBytes(StandardCharsets.UTF_8));
        stored.headers().add(DeliveryRecords.DEAD_ATTEMPTS, "8".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", servers,
                "key.serializer", ByteArraySerializer.class.getName(),
                "value.serializer", ByteArraySerializer.class.getName()))) {
            producer.send(stored).get();
        }

        Result list = run(Map.of(KafkaCommand.BOOTSTRAP_VARIABLE, servers), "kafka", "dead-letters", "--topic", topic);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out())
                .contains("PROVIDER", "stripe", "invoice.paid", "evt_cli_1", "8", "billing down")
                .doesNotContain("body Zoë")
                .doesNotContain("v1=00");

        Result moved =
                run(Map.of(), "kafka", "dead-letters", "--topic", topic, "--bootstrap-servers", servers, "--move-back");
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Moved 1 dead letter(s) from cli-deliveries.dlq back to cli-deliveries.");
        Result again =
                run(Map.of(), "kafka", "dead-letters", "--topic", topic, "--bootstrap-servers", servers, "--move-back");
        assertThat(again.out()).contains("Moved 0 dead letter(s)");

        List<ConsumerRecord<byte[], byte[]>> back = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", servers,
                "key.deserializer", ByteArrayDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName()))) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (back.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(back::add);
            }
        }
        assertThat(back).hasSize(1);
        assertThat(back.get(0).headers().lastHeader(DeliveryRecords.DEAD_ERROR)).isNull();
        assertThat(DeliveryRecords.fromRecord(back.get(0)).body()).isEqualTo(delivery.body());
    }

    @Test
    void withoutBrokersItSaysWhatIsMissingAndUnreachableOnesExit4() throws Exception {
        Result missing = run(Map.of(), "kafka", "dead-letters", "--topic", "t");
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("--bootstrap-servers", KafkaCommand.BOOTSTRAP_VARIABLE);

        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Result unreachable =
                run(Map.of(), "kafka", "dead-letters", "--topic", "t", "--bootstrap-servers", "127.0.0.1:" + port);
        assertThat(unreachable.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(unreachable.err()).startsWith("Kafka at 127.0.0.1:" + port + ":");
    }
}
