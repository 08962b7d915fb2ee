package io.webhooks4j.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Apache Kafka's own KRaft broker (one combined broker and controller node), in this JVM, from the Maven Central
 * artifacts {@code kafka_2.13} and {@code kafka-test-common-runtime}: started once for all test classes, on a free
 * port, its log directory deleted when the test run ends ({@link TestBrokerSession}).
 */
public final class TestBroker {
    private static KafkaClusterTestKit cluster;

    private TestBroker() {}

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            try {
                KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                                .setCombined(true)
                                .setNumBrokerNodes(1)
                                .setNumControllerNodes(1)
                                .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "4")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                started.format();
                started.startup();
                started.waitForReadyBrokers();
                cluster = started;
            } catch (Exception e) {
                throw new IllegalStateException("The test Kafka broker did not start", e);
            }
        }
        return cluster.bootstrapServers();
    }

    /** Stops the broker, if started ({@link TestBrokerSession}, when the test run ends). */
    public static synchronized void stop() throws Exception {
        if (cluster != null) {
            KafkaClusterTestKit running = cluster;
            cluster = null;
            running.close();
        }
    }

    /** Creates {@code name} and {@code name.dlq} with {@code partitions} partitions each. */
    public static void createTopics(String name, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(name, partitions, (short) 1),
                            new NewTopic(name + ".dlq", partitions, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }
}
