package io.webhooks4j.jdbc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.InboxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The receiver JVM of {@link PostgresInboxCrashTest}: an HTTP endpoint ({@code POST /webhooks/proof}) in front of a
 * {@link Webhooks} in inbox mode on the test's PostgreSQL table, whose handlers never return (they stand for a
 * receiver that is busy when it dies). It prints, one line each, on standard output:
 *
 * <ul>
 *   <li>{@code LISTENING <port>} once it accepts deliveries;
 *   <li>{@code RUNNING <delivery id> <attempt>} when a worker has claimed a delivery and its handler runs;
 *   <li>{@code ACKNOWLEDGED <n>} when it has answered the {@code n}-th delivery 2xx (stored), the last line it
 *       prints once {@code n} reaches the count it was told to expect.
 * </ul>
 *
 * <p>Arguments: the table, the number of deliveries to expect, the number of workers. The database comes from the
 * {@code WEBHOOKS4J_PG_*} environment, as in the tests. It runs until it is killed.
 */
final class InboxReceiverProcess {
    private InboxReceiverProcess() {}

    public static void main(String[] args) throws Exception {
        String table = args[0];
        int expected = Integer.parseInt(args[1]);
        int workers = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String url = System.getenv("WEBHOOKS4J_PG_URL");
        TestPool pool = new TestPool(() -> DriverManager.getConnection(url, ProofDatabase.credentials()));
        JdbcInbox inbox = JdbcInbox.builder().dataSource(pool).tableName(table).build();
        CountDownLatch never = new CountDownLatch(1);
        Webhooks webhooks = Webhooks.builder()
                .provider(new HmacTestProvider())
                .onDelivery(HmacTestProvider.ORDER_PAID, (event, delivery) -> {
                    out.println("RUNNING " + event.deliveryId() + " " + delivery.attempt());
                    never.await(); // busy until the process dies
                })
                .inbox(inbox)
                .inboxOptions(InboxOptions.DEFAULT
                        .withWorkers(workers)
                        .withPollInterval(Duration.ofMillis(50))
                        .withLease(Duration.ofSeconds(3)))
                .build();

        AtomicInteger acknowledged = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/webhooks/" + HmacTestProvider.ID, exchange -> {
            try (exchange) {
                WebhookResponse response = webhooks.handle(HmacTestProvider.ID, request(exchange));
                byte[] body = response.body();
                response.headers()
                        .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
                exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream os = exchange.getResponseBody()) {
                        os.write(body);
                    }
                }
                if (response.outcome() == DeliveryOutcome.Kind.STORED) {
                    int n = acknowledged.incrementAndGet();
                    if (n == expected) {
                        out.println("ACKNOWLEDGED " + n);
                    }
                }
            }
        });
        server.start();
        out.println("LISTENING " + server.getAddress().getPort());
        never.await();
    }

    /** The delivery as the pipeline reads it: the public URL, the headers as received, the raw body. */
    private static WebhookRequest request(HttpExchange exchange) throws IOException {
        WebhookRequest.Builder request = WebhookRequest.builder().url(HmacTestProvider.URL);
        for (Map.Entry<String, List<String>> header :
                exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                request.header(header.getKey(), value);
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            return request.body(in.readAllBytes()).build();
        }
    }
}
