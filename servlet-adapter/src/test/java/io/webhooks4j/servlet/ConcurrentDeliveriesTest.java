package io.webhooks4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import jakarta.servlet.DispatcherType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** 1,000 deliveries from 16 client threads, a third of them forged. */
class ConcurrentDeliveriesTest {
    static final int DELIVERIES = 1000;
    static final int CLIENT_THREADS = 16;
    static final int THREAD_TOLERANCE = 4;

    static final HmacTestProvider HMAC = new HmacTestProvider("concurrent-secret", 64 * 1024);

    record Result(String deliveryId, boolean forged, int status) {}

    @Test
    void validDeliveriesAreHandledExactlyOnceAndForgedOnesAllRejectedWithoutThreadGrowth() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(HMAC)
                .on(HmacTestProvider.ORDER_PAID, event -> runs.computeIfAbsent(
                                event.deliveryId(), id -> new AtomicInteger())
                        .incrementAndGet())
                .build();
        InFlight inFlight = new InFlight();
        ExecutorService workers = Executors.newFixedThreadPool(CLIENT_THREADS);
        ExecutorService clientExecutor = Executors.newFixedThreadPool(4);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (JettyServer server = JettyServer.start(30_000, context -> {
            context.addFilter(inFlight, "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new WebhookServlet(webhooks), "/webhooks/*");
        })) {
            HttpClient client = Http.client(clientExecutor);
            // Warm up: every worker, client thread and pooled connection exists before counting threads.
            runAll(workers, client, server, "warmup-", 4 * CLIENT_THREADS);
            assertThat(inFlight.awaitIdle(Duration.ofSeconds(10))).isTrue();
            int before = threads.getThreadCount();

            List<Result> results = runAll(workers, client, server, "d-", DELIVERIES);

            assertThat(inFlight.awaitIdle(Duration.ofSeconds(10))).isTrue();
            int after = threads.getThreadCount();
            List<Result> valid = results.stream().filter(r -> !r.forged()).toList();
            List<Result> forged = results.stream().filter(Result::forged).toList();
            assertThat(results).hasSize(DELIVERIES);
            assertThat(forged).hasSize(DELIVERIES / 3 + 1);
            assertThat(valid).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(forged).allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
            assertThat(valid).allSatisfy(r -> assertThat(runs.get(r.deliveryId()))
                    .as("runs of %s", r.deliveryId())
                    .hasValue(1));
            assertThat(forged).allSatisfy(r -> assertThat(runs).doesNotContainKey(r.deliveryId()));
            assertThat(after).as("threads after (before: %d)", before).isLessThanOrEqualTo(before + THREAD_TOLERANCE);
        } finally {
            workers.shutdownNow();
            clientExecutor.shutdownNow();
            workers.awaitTermination(5, TimeUnit.SECONDS);
            clientExecutor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Sends {@code count} deliveries; every third (index 0, 3, 6, ...) has a body that does not match its signature. */
    private static List<Result> runAll(
            ExecutorService workers, HttpClient client, JettyServer server, String idPrefix, int count)
            throws Exception {
        List<Future<Result>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = idPrefix + i;
            boolean forged = i % 3 == 0;
            futures.add(workers.submit(() -> {
                WebhookRequest delivery = HMAC.sign(WebhookRequest.builder()
                        .header(HmacTestProvider.EVENT, "order.paid")
                        .header(HmacTestProvider.DELIVERY, id)
                        .body("{\"order\":\"" + id + "\"}")
                        .build());
                if (forged) {
                    delivery = delivery.toBuilder()
                            .body("{\"order\":\"" + id + "\",\"amount\":1}")
                            .build();
                }
                int status = Http.send(
                                client,
                                Http.post(server.uri("/webhooks/hmac"), delivery)
                                        .build())
                        .statusCode();
                return new Result(id, forged, status);
            }));
        }
        List<Result> results = new ArrayList<>(count);
        for (Future<Result> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
