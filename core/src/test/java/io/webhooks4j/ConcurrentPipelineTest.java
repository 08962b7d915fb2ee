package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One pipeline shared by many threads: valid, invalid, duplicate and failing deliveries mixed. */
class ConcurrentPipelineTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void manyThreadsGetExactlyTheDocumentedOutcomesAndThePipelineStaysUsable() throws Exception {
        TestProvider provider = new TestProvider(Keyring.of("concurrent_secret_1"), CLOCK);
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .on(TestProvider.ORDER_PAID, e -> {
                    runs.computeIfAbsent(e.deliveryId(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (e.payload().path("explode").asBoolean()) {
                        throw new IllegalStateException("boom");
                    }
                })
                .build();

        List<WebhookRequest> requests = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        int failing = 0;
        for (int i = 0; i < 600; i++) {
            WebhookRequest request = provider.sign(WebhooksPipelineTest.delivery(
                            "order.paid", "d-" + i, "{\"n\":" + i + ",\"explode\":" + (i % 10 == 0) + "}")
                    .build());
            if (i % 3 == 0) {
                requests.add(request.toBuilder().body("{\"n\":-1}").build());
                invalid++;
            } else {
                requests.add(request);
                requests.add(request); // every valid delivery is sent twice at once
                if (i % 10 == 0) {
                    failing++;
                } else {
                    valid++;
                }
            }
        }
        Collections.shuffle(requests, new java.util.Random(42));

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WebhookResponse>> futures = new ArrayList<>();
        for (WebhookRequest request : requests) {
            futures.add(pool.submit(() -> {
                start.await();
                return webhooks.handle("test", request);
            }));
        }
        start.countDown();
        Map<String, List<Integer>> statusesById = new ConcurrentHashMap<>();
        for (int r = 0; r < requests.size(); r++) {
            String id = requests.get(r).header(TestProvider.DELIVERY).orElseThrow();
            statusesById
                    .computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(futures.get(r).get(30, TimeUnit.SECONDS).status());
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 600; i++) {
            List<Integer> statuses = statusesById.get("d-" + i);
            if (i % 3 == 0) {
                // forged: rejected, and no handler ran
                assertThat(statuses).as("d-%d", i).containsExactly(401);
                assertThat(runs).doesNotContainKey("d-" + i);
            } else if (i % 10 == 0) {
                // the handler throws: 500 (released for a retry), the concurrent twin 500 or 503 (in flight)
                assertThat(statuses).as("d-%d", i).hasSize(2).contains(500).isSubsetOf(500, 503);
            } else {
                // sent twice at once: handled exactly once; the twin is a duplicate (200) or in flight (503)
                assertThat(statuses).as("d-%d", i).hasSize(2).contains(200).isSubsetOf(200, 503);
                assertThat(runs.get("d-" + i)).as("runs of d-%d", i).hasValue(1);
            }
        }
        assertThat(valid).isPositive();
        assertThat(invalid).isPositive();
        assertThat(failing).isPositive();

        // and the same object keeps working afterwards
        WebhookRequest after = provider.sign(
                WebhooksPipelineTest.delivery("order.paid", "after", "{}").build());
        assertThat(webhooks.handle("test", after).status()).isEqualTo(200);
    }
}
