package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.stripe.event.Invoice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole deliveries through {@link Webhooks#handle}: typed handlers, de-duplication and the bad-input list. */
class StripeWebhooksTest {
    private final List<String> seen = new ArrayList<>();
    private final AtomicLong amountPaid = new AtomicLong();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(Fixtures.provider())
            .on(
                    StripeEvents.INVOICE_PAID,
                    e -> amountPaid.addAndGet(e.data().object().amountPaid()))
            .on(
                    StripeEvents.INVOICE_PAID,
                    e -> seen.add("invoice " + e.data().object().id()))
            .on(
                    StripeEvents.CHARGE_REFUNDED,
                    e -> seen.add(
                            "refunds " + e.data().object().refunds().data().size()))
            .on(StripeEvents.THIN_EVENT, e -> {
                StripeThinEvent.RelatedObject related = e.data().object().relatedObject();
                seen.add("thin " + (related == null ? null : related.id()));
            })
            .on(StripeEvents.V1_BILLING_METER_ERROR_REPORT_TRIGGERED, e -> seen.add("meter " + e.type()))
            .on(StripeEvents.ANY, e -> seen.add("any " + e.type()))
            .build();

    private WebhookResponse handle(WebhookRequest request) {
        return webhooks.handle("stripe", request);
    }

    private static WebhookRequest signedBody(String body) {
        return Fixtures.signed(RawBody.ofUtf8(body));
    }

    @Test
    void typedHandlerReadsTheAmountPaidWithoutACast() {
        WebhookResponse response = handle(Fixtures.signed("invoice.paid.json"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(amountPaid).hasValue(9650L);
        assertThat(seen).containsExactly("invoice in_1QwU6d2eZvKYlo2CiNv0Ice1", "any invoice.paid");
    }

    @Test
    void theReadmeOneLinerCompilesAndRuns() {
        Webhooks oneLiner = Webhooks.builder()
                .provider(Fixtures.provider())
                .on(StripeEvents.INVOICE_PAID, e -> e.data().object().amountPaid())
                .build();
        WebhookResponse response = oneLiner.handle("stripe", Fixtures.signed("invoice.paid.json"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
    }

    @Test
    void deduplicatesByEventId() {
        WebhookRequest delivery = Fixtures.signed("invoice.paid.json");
        assertThat(handle(delivery).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        WebhookResponse retry = handle(Fixtures.signed("invoice.paid.json"));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(amountPaid).hasValue(9650L);
    }

    @Test
    void routesEachFamilyToItsHandler() {
        assertThat(handle(Fixtures.signed("charge.refunded.json")).status()).isEqualTo(200);
        assertThat(seen).containsExactly("refunds 2", "any charge.refunded");
    }

    @Test
    void acknowledgesUnknownEventTypes() {
        WebhookResponse response = handle(Fixtures.signed("unknown.future_event.json"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(seen).containsExactly("any hologram.projected");
        Webhooks withoutHandlers =
                Webhooks.builder().provider(Fixtures.provider()).build();
        WebhookResponse unhandled = withoutHandlers.handle("stripe", Fixtures.signed("unknown.future_event.json"));
        assertThat(unhandled.status()).isEqualTo(200);
        assertThat(unhandled.outcome()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    }

    @Test
    void routesThinEventsToTheirKeys() {
        WebhookResponse response = handle(Fixtures.signed("v1.billing.meter.error_report_triggered.thin.json"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        "meter v1.billing.meter.error_report_triggered",
                        "thin mtr_test_61RM8sQHvBm9bZXpE41Kaff33",
                        "any v1.billing.meter.error_report_triggered");
    }

    @Test
    void neverHandsAHandlerAPayloadOfAnotherType() {
        // A thin event named like a snapshot type must not reach the Invoice handler (it would throw).
        String body = "{\"id\":\"evt_thin_1\",\"object\":\"v2.core.event\",\"type\":\"invoice.paid\","
                + "\"created\":\"2026-11-27T11:59:00Z\",\"livemode\":false}";
        WebhookResponse response = handle(signedBody(body));
        assertThat(response.status()).isEqualTo(200);
        assertThat(amountPaid).hasValue(0L);
        assertThat(seen).containsExactlyInAnyOrder("thin null", "any invoice.paid");
        // And a snapshot event named like the thin catch-all does not reach thin handlers.
        String snapshot = "{\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"v2.core.event\",\"data\":{\"object\":{}}}";
        seen.clear();
        assertThat(handle(signedBody(snapshot)).status()).isEqualTo(200);
        assertThat(seen).containsExactly("any v2.core.event");
    }

    @Test
    void badInputHeaderWithAThousandV1Entries() {
        WebhookRequest valid = Fixtures.signed("invoice.paid.json");
        String junk =
                IntStream.range(0, 1000).mapToObj(i -> "v1=" + "ab".repeat(32)).collect(Collectors.joining(","));
        WebhookRequest request = valid.toBuilder()
                .setHeader("Stripe-Signature", "t=" + Fixtures.NOW.getEpochSecond() + "," + junk)
                .build();
        assertRejected(handle(request), Reason.NO_MATCHING_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t=99999999999999999999999999", "t=9223372036854775807", "t=-1700000000", "t=-0"})
    void badInputHugeOrNegativeTimestamps(String t) {
        WebhookRequest request = Fixtures.signed("invoice.paid.json").toBuilder()
                .setHeader("Stripe-Signature", t + ",v1=" + "ab".repeat(32))
                .build();
        assertRejected(handle(request), Reason.MALFORMED_HEADER);
    }

    @Test
    void badInputTimestampFarInTheFutureButWithinRange() {
        WebhookRequest request = Fixtures.signed("invoice.paid.json");
        String header = Fixtures.provider().signer().signatureHeader(999_999_999_999L, request.body());
        assertRejected(
                handle(request.toBuilder().setHeader("Stripe-Signature", header).build()), Reason.TIMESTAMP_TOO_NEW);
    }

    @Test
    void badInputEmptyBody() {
        assertRejected(handle(Fixtures.signed(RawBody.empty())), Reason.EMPTY_BODY);
        assertRejected(handle(Fixtures.unsigned(RawBody.empty())), Reason.MISSING_HEADER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[1,2,3]",
                "\"evt_1\"",
                "42",
                "null",
                "{}",
                "{\"hello\":\"world\"}",
                "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":100}",
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\"}",
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":[]}",
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{}}",
                "{\"id\":7,\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":{}}}",
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":\"yesterday\",\"data\":{\"object\":{}}}",
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":1e300,\"data\":{\"object\":{}}}",
                "{\"id\":\"evt_1\",\"object\":\"v2.core.event\",\"type\":\"v1.x\",\"created\":\"soon\"}",
                "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":{}}} trailing",
                "{\"id\":\"evt_1\",\"object\":\"event\",",
            })
    void badInputValidJsonThatIsNotAnEventIsA400(String body) {
        WebhookResponse response = handle(signedBody(body));
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.reason()).isPresent();
    }

    @Test
    void badInputEventWithoutATypeIsA400() {
        WebhookResponse response =
                handle(signedBody("{\"id\":\"evt_1\",\"object\":\"event\",\"data\":{\"object\":{}}}"));
        assertRejected(response, Reason.MISSING_EVENT_TYPE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"in_123\"",
                "[{\"id\":\"in_123\"}]",
                "42",
                "{\"id\":\"in_1\",\"amount_paid\":\"lots\"}",
                "{\"id\":\"in_1\",\"amount_paid\":1.5e400}",
                "{\"id\":\"in_1\",\"amount_paid\":123456789012345678901234567890}",
                "{\"id\":\"in_1\",\"created\":100000000000000000000}",
                "{\"id\":\"in_1\",\"created\":{\"seconds\":1}}",
                "{\"id\":\"in_1\",\"lines\":\"none\"}",
                "{\"id\":\"in_1\",\"lines\":{\"data\":{\"not\":\"a list\"}}}",
                "{\"id\":\"in_1\",\"metadata\":[\"a\"]}",
                "{\"id\":\"in_1\",\"customer\":[\"cus_1\"]}",
                "{\"id\":{\"nested\":true}}",
            })
    void badInputDataObjectOfAnUnexpectedShapeIsA400(String object) {
        String body = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":" + object
                + "}}";
        WebhookResponse response = handle(signedBody(body));
        assertThat(response.status()).as(object).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
        assertThat(amountPaid).hasValue(0L);
    }

    @Test
    void toleratesNullsAndExtrasInTheObject() {
        String body = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":"
                + "{\"id\":\"in_1\",\"amount_paid\":700,\"metadata\":{\"a\":null,\"b\":\"c\"},\"lines\":{\"data\":[null]},"
                + "\"customer\":{\"id\":\"cus_9\",\"object\":\"customer\"},\"status\":null,\"new\":[1]}}}";
        WebhookResponse response = handle(signedBody(body));
        assertThat(response.status()).isEqualTo(200);
        assertThat(amountPaid).hasValue(700L);
    }

    @Test
    void bodyOverTheLimitIs413AndNotPostIs405() {
        Webhooks small = Webhooks.builder()
                .provider(StripeProvider.builder()
                        .secrets(Fixtures.SECRET)
                        .clock(Fixtures.CLOCK)
                        .maxBodyBytes(1000)
                        .build())
                .build();
        assertThat(small.handle("stripe", Fixtures.signed("invoice.paid.json")).status())
                .isEqualTo(413);
        WebhookRequest get =
                Fixtures.signed("invoice.paid.json").toBuilder().method("GET").build();
        assertThat(handle(get).status()).isEqualTo(405);
    }

    @Test
    void rejectionsNeverRevealTheSecretOrTheExpectedSignature() {
        WebhookRequest valid = Fixtures.signed("invoice.paid.json");
        String expected = valid.header("Stripe-Signature").orElseThrow();
        WebhookRequest forged = valid.toBuilder()
                .setHeader("Stripe-Signature", "t=" + Fixtures.NOW.getEpochSecond() + ",v1=" + "0".repeat(64))
                .build();
        WebhookResponse response = handle(forged);
        assertRejected(response, Reason.NO_MATCHING_SIGNATURE);
        assertThat(response.bodyAsString())
                .doesNotContain(Fixtures.SECRET)
                .doesNotContain(expected.substring(expected.indexOf("v1=") + 3));
    }

    @Test
    void eventClassIsTheEnvelope() {
        assertThat(Fixtures.provider().eventClass()).isEqualTo(StripeEvent.class);
        assertThat(Fixtures.provider().id()).isEqualTo("stripe");
        Invoice invoice = (Invoice) Fixtures.parse("invoice.paid.json").data().object();
        assertThat(invoice.amountPaid()).isEqualTo(9650L);
    }

    private static void assertRejected(WebhookResponse response, Reason reason) {
        assertThat(response.reason()).contains(reason);
        assertThat(response.status()).isEqualTo(reason.status());
    }
}
