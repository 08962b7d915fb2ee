package io.webhooks4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhooks4j.DeliveryLedger.Claim;
import io.webhooks4j.TestProvider.TestEvent;
import io.webhooks4j.spi.DeliveryKeys;
import io.webhooks4j.spi.Diagnosis;
import io.webhooks4j.spi.Verification;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.spi.WebhookProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core's share of the attack review (issue #15) and of the new-user fixes (issue #16). */
class CoreHardeningTest {
    final TestProvider provider = new TestProvider(Keyring.of(WebhooksPipelineTest.SECRET), WebhooksPipelineTest.CLOCK);
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    // JDK platform logging goes to java.util.logging here: capture what the pipeline logs.
    final Logger jul = Logger.getLogger(Webhooks.class.getName());
    final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = jul.getLevel();
        jul.addHandler(capture);
    }

    @AfterEach
    void restoreLogs() {
        jul.removeHandler(capture);
        jul.setLevel(previousLevel);
    }

    WebhookRequest signed(String type, String deliveryId, String json) {
        return provider.sign(
                WebhooksPipelineTest.delivery(type, deliveryId, json).build());
    }

    // ---- #15.3 ledger flooding -------------------------------------------------------------------------

    @Test
    void oneProvidersFloodDoesNotEvictAnothersEntries() {
        InMemoryDeliveryLedger ledger =
                InMemoryDeliveryLedger.builder().maxEntries(100).build();
        Claim stripe = ledger.claim("stripe", "evt_1");
        ledger.complete(stripe);

        for (int i = 0; i < 1_000; i++) {
            ledger.complete(ledger.claim("github", "replayed-" + i));
        }

        assertThat(ledger.claim("stripe", "evt_1").status()).isEqualTo(Claim.Status.DONE);
        assertThat(ledger.size("github")).isEqualTo(100);
        assertThat(ledger.size("stripe")).isEqualTo(1);
    }

    @Test
    void entriesHoldADigestNotTheKeySoLongKeysCostNoMore() {
        InMemoryDeliveryLedger ledger = InMemoryDeliveryLedger.create();
        String longKey = "x".repeat(8_000) + System.nanoTime();
        WeakReference<String> ref = new WeakReference<>(longKey);
        ledger.complete(ledger.claim("github", longKey));
        String sameKey = new String(longKey.toCharArray());
        longKey = null;

        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
        }

        assertThat(ref.get()).as("the ledger must not retain the 8 KB key").isNull();
        assertThat(ledger.claim("github", sameKey).status()).isEqualTo(Claim.Status.DONE);
    }

    // ---- #15.2 signed de-duplication keys ----------------------------------------------------------------

    /** A provider whose delivery id header is unsigned: it de-duplicates on the signed body instead. */
    class SignedKeyProvider implements WebhookProvider<TestEvent> {
        @Override
        public String id() {
            return provider.id();
        }

        @Override
        public Verification verify(WebhookRequest request) {
            return provider.verify(request);
        }

        @Override
        public TestEvent parse(WebhookRequest request, Verification verification) {
            return provider.parse(request, verification);
        }

        @Override
        public String deduplicationKey(TestEvent event, WebhookRequest request, Verification verification) {
            return DeliveryKeys.ofSignedContent(verification, request.body(), event.type());
        }

        @Override
        public WebhookRequest sign(WebhookRequest unsigned) {
            return provider.sign(unsigned);
        }

        @Override
        public Class<?> eventClass() {
            return TestEvent.class;
        }
    }

    @Test
    void thePipelineDeDuplicatesOnTheProvidersSignedKeyNotTheUnsignedId() {
        Webhooks webhooks = Webhooks.builder()
                .provider(new SignedKeyProvider())
                .on(
                        TestProvider.ORDER_PAID,
                        e -> seen.add(e.payload().get("order").asText()))
                .build();
        WebhookRequest original = signed("order.paid", "d-1", "{\"order\":\"o_1\"}");
        WebhookRequest freshId = original.toBuilder()
                .setHeader(TestProvider.DELIVERY, "d-forged")
                .build();
        WebhookRequest noId =
                original.toBuilder().removeHeader(TestProvider.DELIVERY).build();
        WebhookRequest other = signed("order.paid", "d-2", "{\"order\":\"o_2\"}");

        assertThat(webhooks.handle("test", original).status()).isEqualTo(200);
        assertThat(webhooks.handle("test", freshId).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(webhooks.handle("test", noId).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(webhooks.handle("test", other).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(seen).containsExactly("o_1", "o_2");
    }

    @Test
    void signedContentKeysHaveAFixedSizeAndDependOnEveryPart() {
        Verification k1 = Verification.byKey("key-1");
        RawBody body = RawBody.ofUtf8("{\"a\":1}");
        String key = DeliveryKeys.ofSignedContent(k1, body, "push");

        assertThat(key).startsWith(DeliveryKeys.PREFIX).hasSize(DeliveryKeys.PREFIX.length() + 64);
        assertThat(DeliveryKeys.ofSignedContent(k1, body, "push")).isEqualTo(key);
        assertThat(DeliveryKeys.ofSignedContent(Verification.byKey("key-2"), body, "push"))
                .isNotEqualTo(key);
        assertThat(DeliveryKeys.ofSignedContent(k1, body, "issues")).isNotEqualTo(key);
        assertThat(DeliveryKeys.ofSignedContent(k1, RawBody.ofUtf8("{\"a\":2}"), "push"))
                .isNotEqualTo(key);
        // length-prefixed parts: ("ab", "c") and ("a", "bc") differ
        assertThat(DeliveryKeys.ofSignedContent(k1, body, "ab", "c"))
                .isNotEqualTo(DeliveryKeys.ofSignedContent(k1, body, "a", "bc"));
    }

    // ---- #15.4 work before authentication ----------------------------------------------------------------

    @Test
    void aForgedDeliveryBuildsNoDiagnosisUnlessDebugIsOn() {
        AtomicInteger built = new AtomicInteger();
        WebhookProvider<TestEvent> forgedOnly = new SignedKeyProvider() {
            @Override
            public Verification verify(WebhookRequest request) {
                throw new WebhookVerificationException(Reason.NO_MATCHING_SIGNATURE, "no match", () -> {
                    built.incrementAndGet();
                    return Diagnosis.builder().likelyCause("costly").build();
                });
            }
        };
        Webhooks webhooks = Webhooks.builder().provider(forgedOnly).build();
        WebhookRequest forged =
                WebhooksPipelineTest.delivery("order.paid", "d", "{}").build();

        jul.setLevel(Level.INFO);
        assertThat(webhooks.handle("test", forged).status()).isEqualTo(401);
        assertThat(built).hasValue(0);

        jul.setLevel(Level.FINE);
        assertThat(webhooks.handle("test", forged).status()).isEqualTo(401);
        assertThat(built).hasValue(1);
        assertThat(logged).anySatisfy(r -> assertThat(r.getMessage()).contains("likely cause: costly"));
    }

    @Test
    void bodyReaderPresizesFromContentLengthAndHandsOutTheBufferWithoutACopy() throws Exception {
        Webhooks webhooks = Webhooks.builder().provider(provider).build();
        byte[] payload = new byte[1_000_000];
        java.util.Arrays.fill(payload, (byte) 'a');
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        InputStream in = new ByteArrayInputStream(payload);

        long before = threads.getCurrentThreadAllocatedBytes();
        RawBody body;
        try (BodyReader reader = webhooks.openBody("test", payload.length)) {
            while (reader.readFrom(in) >= 0) {
                // read to the end
            }
            body = reader.body();
            assertThat(webhooks.bodyBytesInFlight()).isEqualTo(payload.length);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(body.length()).isEqualTo(payload.length);
        // one buffer of the body's size; a doubling buffer plus a final copy costs about three times as much
        assertThat(allocated).isLessThan(payload.length + payload.length / 4);
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void aSenderThatDeclaresMuchAndSendsLittleHoldsOnlyTheFirstChunk() throws Exception {
        Webhooks webhooks = Webhooks.builder().provider(provider).build();
        try (BodyReader drip = webhooks.openBody("test", 1_000_000)) {
            drip.readFrom(new ByteArrayInputStream(new byte[10]));
            assertThat(webhooks.bodyBytesInFlight()).isEqualTo(BodyReader.DECLARED_LENGTH_START);
        }
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void bodyBytesInFlightAreBoundedAndGivenBackOnClose() throws Exception {
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .maxBodyBytesInFlight(WebhookProvider.DEFAULT_MAX_BODY_BYTES * 2)
                .build();
        long oneMiB = WebhookProvider.DEFAULT_MAX_BODY_BYTES;
        BodyReader first = webhooks.openBody("test", oneMiB);
        BodyReader second = webhooks.openBody("test", oneMiB);
        InputStream full = new ByteArrayInputStream(new byte[(int) oneMiB]);
        while (first.readFrom(full) >= 0) {
            // the whole body arrives, so the whole declared length is reserved
        }
        full = new ByteArrayInputStream(new byte[(int) oneMiB]);
        while (second.readFrom(full) >= 0) {
            // likewise
        }

        assertThatThrownBy(() -> webhooks.openBody("test", 10)).isInstanceOfSatisfying(WebhookException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.RECEIVER_BUSY);
            assertThat(WebhookResponse.rejection(e).status()).isEqualTo(503);
            assertThat(WebhookResponse.rejection(e).headers()).containsKey("Retry-After");
        });
        first.close();
        first.close(); // idempotent
        try (BodyReader third = webhooks.openBody("test", 10)) {
            assertThat(third.declaredLength()).isEqualTo(10);
        }
        second.close();
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void aChunkedBodyGrowsWithinTheLimitAndThe413ComesOneBytePastIt() throws Exception {
        Webhooks webhooks = Webhooks.builder().provider(provider).build();
        long limit = provider.maxBodyBytes();
        try (BodyReader reader = webhooks.openBody("test", -1)) {
            InputStream atLimit = new ByteArrayInputStream(new byte[(int) limit]);
            while (reader.readFrom(atLimit) >= 0) {
                // read to the end
            }
            assertThat(reader.body().length()).isEqualTo(limit);
        }
        try (BodyReader reader = webhooks.openBody("test", -1)) {
            InputStream overLimit = new ByteArrayInputStream(new byte[(int) limit + 1]);
            assertThatThrownBy(() -> {
                        while (reader.readFrom(overLimit) >= 0) {
                            // read to the end
                        }
                    })
                    .isInstanceOfSatisfying(
                            WebhookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
        }
        assertThatThrownBy(() -> webhooks.openBody("test", limit + 1))
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void aBodyShorterThanDeclaredOrAlreadyConsumedSaysSo() throws Exception {
        Webhooks webhooks = Webhooks.builder().provider(provider).build();
        try (BodyReader reader = webhooks.openBody("test", 10)) {
            InputStream consumed = new ByteArrayInputStream(new byte[0]);
            while (reader.readFrom(consumed) >= 0) {
                // nothing left
            }
            assertThatThrownBy(reader::body).isInstanceOfSatisfying(WebhookException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.BODY_INCOMPLETE);
                assertThat(e.reason().status()).isEqualTo(400);
                assertThat(e.getMessage()).contains("consumed before the webhook endpoint", "getParameter");
            });
        }
        try (BodyReader reader = webhooks.openBody("test", 10)) {
            InputStream truncated = new ByteArrayInputStream(new byte[4]);
            while (reader.readFrom(truncated) >= 0) {
                // read what there is
            }
            assertThatThrownBy(reader::body)
                    .isInstanceOfSatisfying(WebhookException.class, e -> assertThat(e.getMessage())
                            .contains("Only 4 of the 10"));
        }
    }

    @Test
    void theBudgetMustHoldTheLargestProviderBody() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Webhooks.builder()
                        .provider(provider)
                        .maxBodyBytesInFlight(1000)
                        .build())
                .withMessageContaining("maxBodyBytesInFlight");
        assertThat(Webhooks.builder().provider(provider).build().maxBodyBytesInFlight())
                .isEqualTo(Webhooks.DEFAULT_MAX_BODY_BYTES_IN_FLIGHT);
    }

    // ---- #15.8 numbers a sender controls -----------------------------------------------------------------

    record Amount(BigDecimal value) {}

    @Test
    void hugeDecimalExponentsAreMalformedBodiesNotNumbersForHandlers() {
        for (String json :
                List.of("{\"value\":1e999999999}", "{\"value\":\"1e999999999\"}", "{\"value\":1E-999999999}")) {
            assertThatThrownBy(() -> WebhookJson.read(RawBody.ofUtf8(json), Amount.class))
                    .as(json)
                    .isInstanceOfSatisfying(WebhookParseException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.MALFORMED_BODY));
        }
        // the raw tree (the escape hatch) refuses such numbers too; a string stays a string there
        for (String json : List.of("{\"value\":1e999999999}", "{\"value\":1E-999999999}")) {
            assertThatThrownBy(() -> WebhookJson.readTree(RawBody.ofUtf8(json)))
                    .as(json)
                    .isInstanceOf(WebhookParseException.class);
        }
        assertThat(WebhookJson.read(RawBody.ofUtf8("{\"value\":\"388.00\"}"), Amount.class)
                        .value())
                .isEqualByComparingTo("388.00")
                .hasToString("388.00");
        assertThat(WebhookJson.readTree(RawBody.ofUtf8("{\"value\":388.00}"))
                        .get("value")
                        .decimalValue())
                .hasToString("388.00");
    }

    record When(java.time.Instant at) {}

    @Test
    void instantsOutsideYearsOneTo9999AreMalformedBodies() {
        for (String json : List.of(
                "{\"at\":\"+1000000000-01-01T00:00:00Z\"}",
                "{\"at\":99999999999999999}",
                "{\"at\":-9223372036854775808}",
                "{\"at\":\"-0005-01-01T00:00:00Z\"}",
                "{\"at\":1e400}")) {
            assertThatThrownBy(() -> WebhookJson.read(RawBody.ofUtf8(json), When.class))
                    .as(json)
                    .isInstanceOfSatisfying(WebhookParseException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.MALFORMED_BODY));
        }
        assertThat(WebhookJson.read(RawBody.ofUtf8("{\"at\":\"2026-12-01T10:00:00Z\"}"), When.class)
                        .at())
                .isEqualTo(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(WebhookJson.read(RawBody.ofUtf8("{\"at\":1764583200}"), When.class)
                        .at())
                .isEqualTo(java.time.Instant.ofEpochSecond(1764583200));
    }

    // ---- #16.5 a missing secret says whose ---------------------------------------------------------------

    @Test
    void aMissingSecretNamesTheProvider() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Keyring.forProvider("Stripe webhook secret", (String) null))
                .withMessage("The Stripe webhook secret is missing (null): is the environment variable or property"
                        + " that should hold it set?");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Keyring.forProvider("GitHub webhook secret"))
                .withMessageContaining("GitHub webhook secret is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Keyring.forProvider("Twilio auth token", "a", " "))
                .withMessage("The Twilio auth token (number 2 of 2) is blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Keyring.of((String) null));
    }

    // ---- #16.7 one WARN line per rejection, bounded, without sender text ---------------------------------

    @Test
    void rejectionsLogOneBoundedWarnLineWithoutSenderText() {
        jul.setLevel(Level.INFO);
        Webhooks webhooks = Webhooks.builder().provider(provider).build();
        WebhookRequest forged = WebhooksPipelineTest.delivery("order.paid<script>", "d", "{\"to\":\"+15551234567\"}")
                .header(TestProvider.SIGNATURE, "t=1,sha256=" + "0".repeat(64))
                .build();

        for (int i = 0; i < 100; i++) {
            webhooks.handle("test", forged);
            webhooks.handle("no-such-<script>", forged);
        }

        List<LogRecord> warnings =
                logged.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertThat(warnings).hasSizeBetween(1, RejectionLog.LINES_PER_WINDOW);
        assertThat(warnings.get(0).getMessage()).startsWith("Rejected test delivery: ");
        assertThat(warnings).allSatisfy(r -> assertThat(r.getMessage())
                .doesNotContain("<script>", "+1555", "order.paid")
                .contains("Rejected "));
    }

    // ---- #16.18 a fallback for unhandled types, and delivery metadata ------------------------------------

    @Test
    void onUnhandledRunsOnlyWhenNoTypedHandlerMatched() {
        List<String> unhandled = new ArrayList<>();
        List<String> any = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .on(TestProvider.ORDER_PAID, e -> seen.add("paid"))
                .onUnhandled((e, d) -> unhandled.add(e.type() + " via " + d.keyId()))
                .onAny(e -> any.add(e.type()))
                .build();

        assertThat(webhooks.handle("test", signed("order.paid", "d-1", "{}")).outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("test", signed("brand.new", "d-2", "{}")).outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);

        assertThat(seen).containsExactly("paid");
        assertThat(unhandled).containsExactly("brand.new via key-1");
        assertThat(any).containsExactly("order.paid", "brand.new");
    }

    @Test
    void aSendersTypeNamedLikeTheCatchAllDoesNotRunCatchAllsTwice() {
        List<String> any = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .on(TestProvider.ANY, e -> any.add(e.type()))
                .build();

        webhooks.handle("test", signed(EventType.ANY, "d-any", "{}"));

        assertThat(any).containsExactly("*");
    }

    @Test
    void aHandlersDeliberateRefusalIsAnsweredWithItsHeadersAndCountsAsHandled() {
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .onReply(
                        TestProvider.ORDER_PAID,
                        e -> WebhookReply.refuse(422, java.util.Map.of("webhook-delivery", "abort-message")))
                .build();
        WebhookRequest request = signed("order.paid", "d-refused", "{}");

        WebhookResponse first = webhooks.handle("test", request);
        assertThat(first.status()).isEqualTo(422);
        assertThat(first.headers())
                .containsEntry("webhook-delivery", "abort-message")
                .containsEntry("Content-Type", "application/json");
        assertThat(first.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(webhooks.handle("test", request).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookReply.refuse(200, java.util.Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookReply.refuse(503, java.util.Map.of()));
    }

    @Test
    void onDeliveryHandlersSeeTheDeliverysMetadata() {
        List<Delivery> deliveries = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(provider)
                .onDelivery(TestProvider.ORDER_PAID, (e, d) -> deliveries.add(d))
                .build();

        webhooks.handle("test", signed("order.paid", "d-7", "{}"));

        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.provider()).isEqualTo("test");
            assertThat(d.eventType()).isEqualTo("order.paid");
            assertThat(d.deliveryId()).isEqualTo("d-7");
            assertThat(d.keyId()).isEqualTo("key-1");
            assertThat(d.url()).isEqualTo("https://example.com/webhooks/test");
            assertThat(d.header(TestProvider.DELIVERY)).contains("d-7");
            assertThat(d.deduplicationKey()).isEqualTo("d-7");
            assertThat(d.toString()).doesNotContain("example.com");
        });
    }
}
