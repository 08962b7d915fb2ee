package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.TestProvider.TestEvent;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.WebhookJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every row of DESIGN.md's status table, through {@link Webhooks#handle}. */
class WebhooksPipelineTest {
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String SECRET = "pipeline_secret_0123456789";

    final TestProvider provider = new TestProvider(Keyring.of(SECRET), CLOCK);
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final List<DeliveryOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool;

    @AfterEach
    void shutdown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    static WebhookRequest.Builder delivery(String type, String deliveryId, String json) {
        WebhookRequest.Builder b = WebhookRequest.builder()
                .url("https://example.com/webhooks/test")
                .header("Content-Type", "application/json")
                .header(TestProvider.EVENT, type)
                .body(json);
        if (deliveryId != null) {
            b.header(TestProvider.DELIVERY, deliveryId);
        }
        return b;
    }

    WebhookRequest signed(String type, String deliveryId, String json) {
        return provider.sign(delivery(type, deliveryId, json).build());
    }

    Webhooks.Builder pipeline() {
        return Webhooks.builder().provider(provider).observer(new WebhookObserver() {
            @Override
            public void onOutcome(DeliveryOutcome outcome) {
                outcomes.add(outcome);
            }
        });
    }

    @Test
    void handledDeliveryRunsTheTypedHandlerAndAnswers200() {
        Webhooks webhooks = pipeline()
                .on(
                        TestProvider.ORDER_PAID,
                        (TestEvent e) -> seen.add(e.payload().get("order").asText()))
                .build();

        WebhookResponse response = webhooks.handle("test", signed("order.paid", "d-1", "{\"order\":\"o_1\"}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(seen).containsExactly("o_1");
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
            assertThat(o.keyId()).isEqualTo("key-1");
            assertThat(o.eventType()).isEqualTo("order.paid");
            assertThat(o.deliveryId()).isEqualTo("d-1");
        });
    }

    @Test
    void eventWithoutHandlerIsAcknowledgedWith200() {
        Webhooks webhooks =
                pipeline().on(TestProvider.ORDER_PAID, e -> seen.add("paid")).build();

        WebhookResponse response = webhooks.handle("test", signed("brand.new.type", "d-2", "{}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
        assertThat(seen).isEmpty();
    }

    @Test
    void duplicateOfHandledDeliveryIsAcknowledgedWithoutRunningHandlersAgain() {
        Webhooks webhooks = pipeline()
                .on(TestProvider.ORDER_PAID, e -> seen.add(e.deliveryId()))
                .build();
        WebhookRequest request = signed("order.paid", "d-3", "{}");

        WebhookResponse first = webhooks.handle("test", request);
        WebhookResponse second = webhooks.handle("test", request);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(seen).containsExactly("d-3");
    }

    @Test
    void duplicateStillInFlightGets503SoTheProviderRetries() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Webhooks webhooks = pipeline()
                .on(TestProvider.ORDER_PAID, e -> {
                    entered.countDown();
                    release.await(10, TimeUnit.SECONDS);
                })
                .build();
        WebhookRequest request = signed("order.paid", "d-4", "{}");
        pool = Executors.newSingleThreadExecutor();

        Future<WebhookResponse> slow = pool.submit(() -> webhooks.handle("test", request));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        WebhookResponse concurrent = webhooks.handle("test", request);
        release.countDown();

        assertThat(concurrent.status()).isEqualTo(503);
        assertThat(concurrent.outcome()).isEqualTo(DeliveryOutcome.Kind.IN_FLIGHT);
        assertThat(concurrent.headers()).containsKey("Retry-After");
        assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void invalidSignatureIs401WithReasonAndNoSecretOrSignatureInTheBody() {
        Webhooks webhooks = pipeline().build();
        WebhookRequest good = signed("order.paid", "d-5", "{\"a\":1}");
        WebhookRequest tampered = good.toBuilder().body("{\"a\":2}").build();

        WebhookResponse response = webhooks.handle("test", tampered);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.NO_MATCHING_SIGNATURE);
        String expectedSignature = good.header(TestProvider.SIGNATURE).orElseThrow();
        assertThat(response.bodyAsString())
                .contains("no_matching_signature")
                .doesNotContain(SECRET)
                .doesNotContain(expectedSignature.substring(expectedSignature.indexOf("sha256=") + 7));
    }

    @Test
    void missingSignatureIs401() {
        WebhookResponse response = pipeline()
                .build()
                .handle("test", delivery("order.paid", "d-6", "{}").build());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.MISSING_HEADER);
    }

    @Test
    void staleTimestampIs401() {
        TestProvider past = new TestProvider(Keyring.of(SECRET), Clock.fixed(NOW.minusSeconds(301), ZoneOffset.UTC));
        WebhookRequest old = past.sign(delivery("order.paid", "d-7", "{}").build());

        WebhookResponse response = pipeline().build().handle("test", old);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.TIMESTAMP_TOO_OLD);
    }

    @Test
    void signatureHeaderSentTwiceIs401Malformed() {
        WebhookRequest request = signed("order.paid", "d-8", "{}");
        WebhookRequest twice = request.toBuilder()
                .header(
                        TestProvider.SIGNATURE,
                        request.header(TestProvider.SIGNATURE).orElseThrow())
                .build();

        WebhookResponse response = pipeline().build().handle("test", twice);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.MALFORMED_HEADER);
    }

    @Test
    void authenticButMalformedBodyIs400() {
        WebhookResponse response = pipeline().build().handle("test", signed("order.paid", "d-9", "{not json"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
    }

    @Test
    void authenticEmptyBodyIs400AndUnsignedEmptyBodyIs401() {
        Webhooks webhooks = pipeline().build();
        assertThat(webhooks.handle("test", signed("order.paid", "d-10", "")).status())
                .isEqualTo(400);
        assertThat(webhooks.handle("test", delivery("order.paid", "d-10", "").build())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void missingEventTypeIs400() {
        WebhookRequest request = provider.sign(
                delivery("x", "d-11", "{}").removeHeader(TestProvider.EVENT).build());

        WebhookResponse response = pipeline().build().handle("test", request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MISSING_EVENT_TYPE);
    }

    @Test
    void nonUtf8BytesAreA400NotA500() {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        WebhookRequest request =
                provider.sign(delivery("order.paid", "d-12", "").body(latin1).build());

        WebhookResponse response = pipeline().build().handle("test", request);

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void deeplyNestedJsonIs400() {
        String nested = "[".repeat(WebhookJson.MAX_NESTING_DEPTH + 50) + "]".repeat(WebhookJson.MAX_NESTING_DEPTH + 50);
        WebhookResponse response =
                pipeline().build().handle("test", signed("order.paid", "d-13", "{\"a\":" + nested + "}"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
    }

    @Test
    void tenMegabyteStringIs400WhenTheBodyLimitAllowsIt() {
        TestProvider big =
                new TestProvider(Keyring.of(SECRET), CLOCK, Duration.ofMinutes(5), 20L * 1024 * 1024, Set.of());
        String json = "{\"s\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        WebhookRequest request = big.sign(delivery("order.paid", "d-14", json).build());

        WebhookResponse response = Webhooks.builder().provider(big).build().handle("test", request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
    }

    @Test
    void bodyOverTheLimitIs413BeforeVerification() {
        TestProvider small = new TestProvider(Keyring.of(SECRET), CLOCK, Duration.ofMinutes(5), 16, Set.of());
        WebhookRequest request = small.sign(delivery("order.paid", "d-15", "{\"0123456789\":\"0123456789\"}")
                .build());

        WebhookResponse response = Webhooks.builder().provider(small).build().handle("test", request);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.reason()).contains(Reason.BODY_TOO_LARGE);
    }

    @Test
    void notPostIs405WithAllowHeader() {
        WebhookRequest get =
                signed("order.paid", "d-16", "{}").toBuilder().method("GET").build();

        WebhookResponse response = pipeline().build().handle("test", get);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.headers()).containsEntry("Allow", "POST");
    }

    @Test
    void unknownProviderIs404() {
        WebhookResponse response = pipeline().build().handle("nope", signed("order.paid", "d-17", "{}"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.reason()).contains(Reason.UNKNOWN_PROVIDER);
    }

    @Test
    void handlerThatThrowsIs500AndTheRetryRunsItAgain() {
        AtomicInteger attempts = new AtomicInteger();
        Webhooks webhooks = pipeline()
                .on(TestProvider.ORDER_PAID, e -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("database down: password=hunter2");
                    }
                })
                .build();
        WebhookRequest request = signed("order.paid", "d-18", "{}");

        WebhookResponse failed = webhooks.handle("test", request);
        WebhookResponse retried = webhooks.handle("test", request);
        WebhookResponse duplicate = webhooks.handle("test", request);

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.outcome()).isEqualTo(DeliveryOutcome.Kind.FAILED);
        assertThat(failed.bodyAsString()).doesNotContain("hunter2");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(duplicate.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void stackOverflowInHandlerIsA500NotACrash() {
        Webhooks webhooks = pipeline()
                .on(TestProvider.ORDER_PAID, e -> {
                    throw new StackOverflowError();
                })
                .build();
        assertThat(webhooks.handle("test", signed("order.paid", "d-19", "{}")).status())
                .isEqualTo(500);
    }

    @Test
    void replyingHandlerSetsTheResponseAndTheProviderDefaultAppliesOtherwise() {
        Webhooks replying = pipeline()
                .onReply(TestProvider.INCOMING_CALL, e -> WebhookReply.xml("<Response><Say>Hi</Say></Response>"))
                .build();
        WebhookResponse reply = replying.handle("test", signed("call.incoming", "c-1", "{}"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/xml"));
        assertThat(reply.bodyAsString()).isEqualTo("<Response><Say>Hi</Say></Response>");

        WebhookResponse fallback = pipeline().build().handle("test", signed("call.incoming", "c-2", "{}"));
        assertThat(fallback.bodyAsString()).isEqualTo("<Response/>");
        assertThat(fallback.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    }

    @Test
    void handlersRunInOrderWithProviderAndGlobalCatchAllsLast() {
        Webhooks webhooks = pipeline()
                .onAny(e -> seen.add("global " + e.type()))
                .on(TestProvider.ANY, e -> seen.add("any " + e.type()))
                .on(TestProvider.ORDER_PAID, e -> seen.add("first"))
                .on(TestProvider.ORDER_PAID, e -> seen.add("second"))
                .on(TestProvider.ORDER_CREATED, e -> seen.add("never"))
                .build();

        webhooks.handle("test", signed("order.paid", "d-20", "{}"));

        assertThat(seen).containsExactly("first", "second", "any order.paid", "global order.paid");
    }

    @Test
    void deliveriesWithoutIdAreNotDeduplicated() {
        Webhooks webhooks =
                pipeline().on(TestProvider.ORDER_PAID, e -> seen.add("ran")).build();
        WebhookRequest request = signed("order.paid", null, "{}");

        webhooks.handle("test", request);
        webhooks.handle("test", request);

        assertThat(seen).hasSize(2);
    }

    @Test
    void ledgerOutageIs503AndHandlersDoNotRun() {
        DeliveryLedger down = new DeliveryLedger() {
            @Override
            public Claim claim(String provider, String deliveryId) {
                throw new WebhookException(Reason.LEDGER_UNAVAILABLE, "connection refused");
            }

            @Override
            public void complete(Claim claim) {}

            @Override
            public void release(Claim claim) {}
        };
        Webhooks webhooks = pipeline()
                .ledger(down)
                .on(TestProvider.ORDER_PAID, e -> seen.add("ran"))
                .build();

        WebhookResponse response = webhooks.handle("test", signed("order.paid", "d-21", "{}"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.reason()).contains(Reason.LEDGER_UNAVAILABLE);
        assertThat(seen).isEmpty();
    }

    @Test
    void observerThatThrowsDoesNotChangeTheOutcome() {
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .observer(new WebhookObserver() {
                    @Override
                    public void onReceived(String p, WebhookRequest r) {
                        throw new IllegalStateException("observer bug");
                    }

                    @Override
                    public void onOutcome(DeliveryOutcome o) {
                        throw new IllegalStateException("observer bug");
                    }
                })
                .build();
        assertThat(webhooks.handle("test", signed("order.paid", "d-22", "{}")).status())
                .isEqualTo(200);
    }

    @Test
    void verifyReturnsTheTypedEventWithoutRunningHandlers() {
        Webhooks webhooks =
                pipeline().on(TestProvider.ORDER_PAID, e -> seen.add("ran")).build();

        WebhookEvent event = webhooks.verify("test", signed("order.paid", "d-23", "{\"x\":1}"));

        assertThat(event).isInstanceOf(TestEvent.class);
        assertThat(((TestEvent) event).payload().get("x").asInt()).isEqualTo(1);
        assertThat(seen).isEmpty();
    }

    @Test
    void buildFailsClearlyWithoutProviderOrForAnUnregisteredProvider() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Webhooks.builder().build())
                .withMessageContaining("No webhook provider");
        EventType<TestEvent> other = EventType.of("other", "x", Object.class);
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        Webhooks.builder().provider(provider).on(other, e -> {}).build())
                .withMessageContaining("provider 'other' is not");
    }

    @Test
    void buildRunsTheProvidersHandlerChecks() {
        TestProvider strict =
                new TestProvider(Keyring.of(SECRET), CLOCK, Duration.ofMinutes(5), 1024, Set.of("order.paid"));
        assertThatIllegalStateException()
                .isThrownBy(() -> Webhooks.builder().provider(strict).build())
                .withMessageContaining("order.paid");
        assertThat(Webhooks.builder()
                        .provider(strict)
                        .on(TestProvider.ORDER_PAID, e -> {})
                        .build())
                .isNotNull();
    }

    @Test
    void slowHandlerDoesNotBlockOtherDeliveries() throws Exception {
        CountDownLatch slowEntered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Webhooks webhooks = pipeline()
                .on(TestProvider.ORDER_PAID, e -> {
                    if ("slow".equals(e.deliveryId())) {
                        slowEntered.countDown();
                        release.await(10, TimeUnit.SECONDS);
                    }
                    seen.add(e.deliveryId());
                })
                .build();
        pool = Executors.newSingleThreadExecutor();
        Future<WebhookResponse> slow = pool.submit(() -> webhooks.handle("test", signed("order.paid", "slow", "{}")));
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

        WebhookResponse fast = webhooks.handle("test", signed("order.paid", "fast", "{}"));
        release.countDown();

        assertThat(fast.status()).isEqualTo(200);
        assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(seen).containsExactly("fast", "slow");
    }

    @Test
    void methodIsCaseSensitiveSoLowerCasePostIs405() {
        WebhookRequest lower =
                signed("order.paid", "d-24", "{}").toBuilder().method("post").build();
        assertThat(pipeline().build().handle("test", lower).status()).isEqualTo(405);
    }

    @Test
    void observersSeeUnknownProviderIdsAsUnknownSoLabelsStayBounded() {
        Webhooks webhooks = pipeline().build();
        webhooks.handle("attacker-chosen-" + "x".repeat(500), signed("order.paid", "d-25", "{}"));
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.provider()).isEqualTo(Webhooks.UNKNOWN_PROVIDER);
            assertThat(o.status()).isEqualTo(404);
        });
    }

    @Test
    void adapterRejectionsReachObservers() {
        Webhooks webhooks = pipeline().build();
        WebhookResponse response = webhooks.reject("test", new WebhookException(Reason.BODY_TOO_LARGE, "too big"));
        assertThat(response.status()).isEqualTo(413);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.provider()).isEqualTo("test");
            assertThat(o.reason()).isEqualTo(Reason.BODY_TOO_LARGE);
        });
    }

    @Test
    void diagnosisCapsTheExactTextItPrints() {
        byte[] huge = "p".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Diagnosis diagnosis =
                Diagnosis.builder().signedContent("url + params", huge, true).build();
        assertThat(diagnosis.explain()).hasSizeLessThan(6000).contains("more characters");
        assertThat(diagnosis.signedContents().get(0).length()).isEqualTo(100_000);
    }
}
