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
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        for (Future<WebhookResponse> f : futures) {
            statuses.computeIfAbsent(f.get(30, TimeUnit.SECONDS).status(), k -> new AtomicInteger())
                    .incrementAndGet();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(statuses.get(401)).hasValue(invalid);
        assertThat(statuses.keySet()).isSubsetOf(200, 401, 500, 503);
        // each valid delivery ran exactly once even though it arrived twice at the same time
        for (int i = 0; i < 600; i++) {
            if (i % 3 != 0 && i % 10 != 0) {
                assertThat(runs.get("d-" + i)).as("runs of d-%d", i).hasValue(1);
            }
            if (i % 3 == 0) {
                assertThat(runs).doesNotContainKey("d-" + i);
            }
        }
        int okValid = statuses.get(200).get();
        assertThat(okValid)
                .isEqualTo(2 * valid
                        - statuses.getOrDefault(503, new AtomicInteger()).get());
        assertThat(failing).isPositive();

        // and the same object keeps working afterwards
        WebhookRequest after = provider.sign(
                WebhooksPipelineTest.delivery("order.paid", "after", "{}").build());
        assertThat(webhooks.handle("test", after).status()).isEqualTo(200);
    }
}
