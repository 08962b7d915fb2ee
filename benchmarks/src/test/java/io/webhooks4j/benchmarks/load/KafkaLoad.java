package io.webhooks4j.benchmarks.load;

import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.Webhooks;
import io.webhooks4j.benchmarks.load.HttpLoad.Delivery;
import io.webhooks4j.benchmarks.load.InboxLoad.Drain;
import io.webhooks4j.benchmarks.load.InboxLoad.Ledger;
import io.webhooks4j.benchmarks.load.InboxLoad.Phase;
import io.webhooks4j.github.GitHubProvider;
import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.kafka.KafkaDeliverySink;
import io.webhooks4j.kafka.KafkaInboxConsumer;
import io.webhooks4j.kafka.TestBroker;
import io.webhooks4j.servlet.WebhookServlet;
import io.webhooks4j.stripe.StripeProvider;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Kafka inbox's ingest under load (issue 22), beside {@link InboxLoad}'s JDBC inbox: embedded Jetty 12 on
 * 127.0.0.1 with one {@code WebhookServlet} over a {@code Webhooks} in inbox mode whose sink is a {@link
 * KafkaDeliverySink} (acks=all, idempotent) on Apache Kafka's own KRaft broker started in this JVM (one combined
 * node, a topic of 6 partitions), and a {@link KafkaInboxConsumer} (4 lanes, in-memory ledger) running the handler.
 * The same 16 senders and signed deliveries as {@link InboxLoad}: warm-up, then the measured window; 2xx/s (stored on
 * the broker and answered), p50/p99/max, consumer lag, drain; then every delivery answered 2xx handled exactly once.
 *
 * <p>Settings: {@code load.seconds} (20), {@code load.warmupSeconds} (10), {@code load.threads} (16), {@code
 * load.pool} (300,000), {@code load.lanes} (4), {@code load.partitions} (6), {@code load.drainSeconds} (90).
 */
public final class KafkaLoad {
    private KafkaLoad() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("load.seconds", 20);
        int warmupSeconds = Integer.getInteger("load.warmupSeconds", 10);
        int threads = Integer.getInteger("load.threads", 16);
        int poolSize = Integer.getInteger("load.pool", 300_000);
        int lanes = Integer.getInteger("load.lanes", 4);
        int partitions = Integer.getInteger("load.partitions", 6);
        int drainSeconds = Integer.getInteger("load.drainSeconds", 90);
        String topic = "webhooks4j-load";

        String servers = TestBroker.bootstrapServers();
        TestBroker.createTopics(topic, partitions);
        try {
            System.out.printf(
                    Locale.ROOT,
                    "Kafka: KRaft broker in this JVM (one combined node, log on local disk, default flush settings),"
                            + " topic %s with %d partitions, replication 1%n",
                    topic,
                    partitions);

            List<Delivery> pool = HttpLoad.pool(poolSize, 0, new SplittableRandom(42));
            Ledger ledger = new Ledger(pool);
            AtomicInteger calls = new AtomicInteger();
            KafkaDeliverySink sink = KafkaDeliverySink.builder()
                    .bootstrapServers(servers)
                    .topic(topic)
                    .build();
            Webhooks receiver = Webhooks.builder()
                    .provider(StripeProvider.create(HttpLoad.STRIPE_SECRET))
                    .provider(GitHubProvider.create(HttpLoad.GITHUB_SECRET))
                    .onAny(event -> ledger.handle(event, calls))
                    .sink(sink)
                    .defaultMode(DeliveryMode.INBOX)
                    .ledger(InMemoryDeliveryLedger.builder()
                            .maxEntries(2 * poolSize)
                            .build())
                    .build();
            KafkaInboxConsumer consumer = KafkaInboxConsumer.builder(receiver)
                    .bootstrapServers(servers)
                    .topic(topic)
                    .groupId("load")
                    .lanes(lanes)
                    .build();
            consumer.start();

            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder("kafka", new WebhookServlet(receiver)), "/kafka/*");
            server.setHandler(context);
            server.start();
            boolean ok;
            try {
                String base = "http://127.0.0.1:" + connector.getLocalPort() + "/kafka/";
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                AtomicInteger cursor = new AtomicInteger();
                System.out.printf(
                        Locale.ROOT,
                        "Warm-up %d s, then %d s measured, %d sender threads; consumer: %d lanes%n",
                        warmupSeconds,
                        seconds,
                        threads,
                        lanes);
                Phase warmup = InboxLoad.run(
                        "kafka (warm-up)", client, base, pool, cursor, threads, warmupSeconds, ledger, null);
                Drain warmDrain = InboxLoad.awaitHandled(warmup, ledger, System.nanoTime(), drainSeconds);
                System.out.printf(
                        Locale.ROOT,
                        "  warm-up backlog (%,d at stop) drained: %s%n",
                        warmDrain.backlogAtStop(),
                        warmDrain.drained());
                Phase phase = InboxLoad.run("kafka", client, base, pool, cursor, threads, seconds, ledger, null);
                long stoppedAt = System.nanoTime();
                Drain drain = InboxLoad.awaitHandled(phase, ledger, stoppedAt, drainSeconds);
                long[] lags = InboxLoad.lags(phase, ledger);
                System.out.printf(
                        Locale.ROOT,
                        "%n| mode | requests | 2xx/s | p50 ms | p99 ms | max ms | errors | 2xx | 503 | other"
                                + " | JVM CPU (cores) | machine CPU (cores) |%n"
                                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n"
                                + "| Kafka inbox (acks=all, then answered) | %,d | %,.0f | %.2f | %.2f | %.1f | %d | %,d | %,d"
                                + " | %,d | %.2f | %.2f |%n",
                        phase.requests(),
                        phase.okPerSecond(),
                        phase.percentileMillis(50),
                        phase.percentileMillis(99),
                        phase.maxMillis(),
                        phase.errors(),
                        phase.ok(),
                        phase.unavailable(),
                        phase.other(),
                        phase.jvmCores(),
                        phase.machineCores());
                System.out.printf(
                        Locale.ROOT,
                        "%nConsumer lag (sender has its 2xx -> handler runs): p50 %.2f ms, p99 %.2f ms, max %.1f ms;"
                                + " backlog at stop %,d, drained %s%n",
                        InboxLoad.percentile(lags, 50) / 1e6,
                        InboxLoad.percentile(lags, 99) / 1e6,
                        lags.length == 0 ? Double.NaN : lags[lags.length - 1] / 1e6,
                        drain.backlogAtStop(),
                        drain.drained()
                                ? String.format(
                                        Locale.ROOT, "%.0f ms after sending stopped", drain.drainedAfterMillis())
                                : "**not** within " + drainSeconds + " s (" + drain.left() + " left)");
                ok = warmDrain.drained() && drain.drained() && checkOnce(pool, cursor.get(), ledger);
                System.out.println("Consumer: " + consumer.stats());
            } finally {
                server.stop();
                consumer.close();
                receiver.close();
                sink.close();
            }
            if (!ok) {
                System.exit(1);
            }
        } finally {
            TestBroker.stop();
        }
    }

    /** Every delivery sent: answered 2xx and handled exactly once, or not answered 2xx and never handled. */
    private static boolean checkOnce(List<Delivery> pool, int sentUpTo, Ledger ledger) {
        int sent = Math.min(sentUpTo, pool.size());
        int once = 0;
        int bad = 0;
        for (int i = 0; i < sent; i++) {
            int handled = ledger.handled.get(i);
            boolean answered = InboxLoad.is2xx(ledger.status[i]);
            if (answered && handled == 1) {
                once++;
            } else if (answered || handled > 1 || (handled == 1 && ledger.status[i] != 0)) {
                bad++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Correctness: %,d answered 2xx (warm-up included), %,d handled exactly once; %d problem(s)%n",
                once,
                once,
                bad);
        return bad == 0;
    }
}
