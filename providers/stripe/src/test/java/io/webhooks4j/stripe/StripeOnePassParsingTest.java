package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.stripe.event.Invoice;
import io.webhooks4j.stripe.event.Price;
import io.webhooks4j.stripe.internal.StripeEventParser;
import io.webhooks4j.test.Fixture;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #18: the event is bound straight from the bytes in one pass (the type after the payload buffered, not a
 * tree), gives what the old tree path gave, keeps the bytes for {@code raw()} and {@code payloadAs}, and refuses
 * malformed JSON anywhere in the body.
 */
class StripeOnePassParsingTest {
    /** Our fixtures and the test kit's built-in Stripe fixtures. */
    static Stream<RawBody> bodies() {
        List<RawBody> bodies = new ArrayList<>();
        for (String name : List.of(
                "charge.dispute.created.json",
                "charge.refunded.json",
                "checkout.session.completed.json",
                "customer.subscription.updated.json",
                "customer.updated.json",
                "invoice.paid.json",
                "invoice.payment_failed.2020-08-27.json",
                "payment_intent.payment_failed.json",
                "payment_intent.succeeded.json",
                "payment_method.attached.json",
                "payout.paid.json",
                "price.updated.json",
                "product.created.json",
                "refund.updated.json",
                "setup_intent.succeeded.json",
                "unknown.future_event.json",
                "v1.billing.meter.error_report_triggered.thin.json")) {
            bodies.add(Fixtures.body(name));
        }
        for (Fixture fixture : io.webhooks4j.test.Fixtures.of("stripe")) {
            bodies.add(fixture.body());
        }
        return bodies.stream();
    }

    private static StripeEvent<?> parse(RawBody body) {
        StripeProvider provider = Fixtures.provider();
        WebhookRequest request = Fixtures.signed(body);
        return provider.parse(request, provider.verify(request));
    }

    private static Reason refusal(String body) {
        return catchThrowableOfType(WebhookParseException.class, () -> StripeEventParser.parse(RawBody.ofUtf8(body)))
                .reason();
    }

    /** What the parser gave before issue #18: a tree of the body, {@code data.object} converted from it. */
    private static Object treePayload(RawBody body) {
        JsonNode root = WebhookJson.readTree(body);
        if (StripeThinEvent.OBJECT.equals(root.path("object").asString())) {
            return WebhookJson.convert(root, StripeThinEvent.class);
        }
        Class<?> payloadType = StripeEvents.find(root.path("type").asString())
                .<Class<?>>map(EventType::payloadType)
                .orElse(JsonNode.class);
        JsonNode object = root.path("data").path("object");
        return payloadType == JsonNode.class ? object : WebhookJson.convert(object, payloadType);
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void theTypedPayloadIsWhatTheTreePathGave(RawBody body) {
        StripeEvent<?> event = parse(body);

        assertThat(event.data().object()).isEqualTo(treePayload(body));
        JsonNode tree = WebhookJson.readTree(body);
        if (!event.isThin()) {
            JsonNode previous = tree.path("data").get("previous_attributes");
            assertThat(event.data().previousAttributes())
                    .isEqualTo(previous == null || previous.isNull() ? null : previous);
            assertThat(event.id()).isEqualTo(tree.path("id").asString());
            assertThat(event.type()).isEqualTo(tree.path("type").asString());
            assertThat(event.apiVersion()).isEqualTo(tree.path("api_version").asString());
            assertThat(event.created().getEpochSecond())
                    .isEqualTo(tree.path("created").asLong());
            assertThat(event.livemode()).isEqualTo(tree.path("livemode").booleanValue());
            assertThat(event.pendingWebhooks())
                    .isEqualTo(tree.path("pending_webhooks").asLong());
        }
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void rawParsesTheRetainedBytesEachTime(RawBody body) {
        StripeEvent<?> event = parse(body);

        assertThat(event.json()).isEqualTo(body);
        assertThat(event.raw()).isEqualTo(WebhookJson.readTree(body));
        assertThat(event.raw()).isNotSameAs(event.raw());
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void theOrderOfTheEnvelopesMembersDoesNotMatter(RawBody body) {
        StripeEvent<?> inOrder = parse(body);
        ObjectNode root = (ObjectNode) WebhookJson.readTree(body);
        List<String> names = new ArrayList<>(root.propertyNames());
        List<List<String>> orders = new ArrayList<>();
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        orders.add(reversed);
        orders.add(moved(names, "type", 0)); // the type before the payload: bound where it stands
        orders.add(moved(names, "object", names.size() - 1)); // not known to be thin or not until the end
        orders.add(moved(moved(names, "data", 0), "object", names.size() - 1));
        Random random = new Random(18);
        for (int i = 0; i < 5; i++) {
            List<String> shuffled = new ArrayList<>(names);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        for (List<String> order : orders) {
            ObjectNode reordered = WebhookJson.mapper().createObjectNode();
            for (String name : order) {
                reordered.set(name, root.get(name));
            }
            StripeEvent<?> event = parse(RawBody.ofUtf8(WebhookJson.write(reordered)));

            assertThat(event.id()).as(order.toString()).isEqualTo(inOrder.id());
            assertThat(event.type()).as(order.toString()).isEqualTo(inOrder.type());
            assertThat(event.created()).as(order.toString()).isEqualTo(inOrder.created());
            assertThat(event.apiVersion()).as(order.toString()).isEqualTo(inOrder.apiVersion());
            assertThat(event.livemode()).as(order.toString()).isEqualTo(inOrder.livemode());
            assertThat(event.account()).as(order.toString()).isEqualTo(inOrder.account());
            assertThat(event.request()).as(order.toString()).isEqualTo(inOrder.request());
            assertThat(event.pendingWebhooks()).as(order.toString()).isEqualTo(inOrder.pendingWebhooks());
            assertThat(event.data()).as(order.toString()).isEqualTo(inOrder.data());
            assertThat(event.isThin()).as(order.toString()).isEqualTo(inOrder.isThin());
        }
    }

    private static List<String> moved(List<String> names, String name, int to) {
        List<String> order = new ArrayList<>(names);
        if (order.remove(name)) {
            order.add(Math.min(to, order.size()), name);
        }
        return order;
    }

    /** A user's own view of an invoice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MyInvoice(String id, @JsonProperty("amount_paid") long amountPaid) {}

    @Test
    void payloadAsBindsTheNestedObjectFromTheBytes() {
        RawBody body = Fixtures.body("invoice.paid.json");
        StripeEvent<?> event = parse(body);

        assertThat(event.payloadAs(MyInvoice.class)).isEqualTo(new MyInvoice("in_1QwU6d2eZvKYlo2CiNv0Ice1", 9650L));
        assertThat(event.payloadAs(Invoice.class)).isEqualTo(event.data().object());
        assertThat(event.payloadAs(JsonNode.class))
                .isEqualTo(WebhookJson.readTree(body).path("data").path("object"));
    }

    @Test
    void payloadAsOfAnEventBuiltByHandRendersItsObject() {
        StripeEvent<?> parsed = parse(Fixtures.body("invoice.paid.json"));
        StripeEvent<Object> byHand = new StripeEvent<>(
                "evt_hand",
                "invoice.paid",
                null,
                null,
                false,
                null,
                null,
                new StripeEvent.Data<>(parsed.data().object(), null),
                null,
                null);

        assertThat(byHand.raw()).isNull();
        assertThat(byHand.payloadAs(MyInvoice.class)).isEqualTo(new MyInvoice("in_1QwU6d2eZvKYlo2CiNv0Ice1", 9650L));
        assertThat(WebhookJson.readTree(WebhookJson.write(byHand))
                        .path("data")
                        .path("object")
                        .path("id")
                        .asString())
                .isEqualTo("in_1QwU6d2eZvKYlo2CiNv0Ice1");
    }

    @Test
    void aTypeAfterThePayloadKeepsDecimalsExact() {
        String body = "{\"id\":\"evt_x\",\"object\":\"event\",\"data\":{\"object\":{\"id\":\"price_x\","
                + "\"unit_amount_decimal\":388.00,\"unit_amount\":38800}},\"type\":\"price.updated\"}";
        StripeEvent<?> event = parse(RawBody.ofUtf8(body));

        Price price = (Price) event.data().object();
        assertThat(price.unitAmountDecimal()).isEqualTo(new BigDecimal("388.00"));
        assertThat(price).isEqualTo(treePayload(RawBody.ofUtf8(body)));
        assertThat(WebhookJson.write(event)).contains("\"unit_amount_decimal\":388.00");
    }

    static Stream<String> malformedAfterThePayload() {
        String body = Fixtures.body("invoice.paid.json").utf8().strip();
        String end = body.substring(body.lastIndexOf("\"type\""));
        String before = body.substring(0, body.length() - end.length());
        return Stream.of(
                body.substring(0, body.length() - 1), // truncated: no closing brace
                body.substring(0, body.length() - 12), // truncated in the type
                body + "x", // trailing garbage
                body + "}",
                body + "]",
                body + body, // a second document
                body + " {}",
                body + " 1",
                before + end.replace("}", ",}"), // a trailing comma
                before.substring(0, before.lastIndexOf("false")) + "flase"
                        + before.substring(before.lastIndexOf("false") + 5)
                        + end, // a broken literal in the envelope, after the payload
                before + "\"pending_webhooks\": 01, " + end, // a number with a leading zero, skipped member
                before + "\"unknown\": [1, 2, " + end); // an unclosed array in a member nobody reads
    }

    @ParameterizedTest
    @MethodSource("malformedAfterThePayload")
    void malformedJsonAfterThePayloadIsA400(String body) {
        assertThat(refusal(body)).isEqualTo(Reason.MALFORMED_BODY);

        WebhookResponse response = Webhooks.builder()
                .provider(Fixtures.provider())
                .onAny(e -> {})
                .build()
                .handle("stripe", Fixtures.signed(RawBody.ofUtf8(body)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MALFORMED_BODY);
    }

    @Test
    void aThinEventWithTrailingGarbageIsA400() {
        String thin = Fixtures.body("v1.billing.meter.error_report_triggered.thin.json")
                .utf8()
                .strip();

        assertThat(refusal(thin + "x")).isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal(thin.substring(0, thin.length() - 1))).isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal(thin + thin)).isEqualTo(Reason.MALFORMED_BODY);
    }

    @Test
    void anEnvelopeMemberSentTwiceIsRefused() {
        String data = "\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\"}}";
        assertThat(refusal("{\"id\":\"evt_1\",\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"invoice.paid\"," + data
                        + "}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"object\":\"event\"," + data
                        + ",\"type\":\"invoice.paid\",\"type\":\"customer.created\"}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal(
                        "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\"," + data + "," + data + "}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"object\":\"event\",\"object\":\"v2.core.event\","
                        + "\"type\":\"invoice.paid\"," + data + "}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":{},"
                        + "\"object\":{}}}"))
                .isEqualTo(Reason.MALFORMED_BODY);
    }

    @Test
    void theEnvelopesChecksKeepTheirReasons() {
        assertThat(refusal("[]")).isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"object\":\"event\",\"data\":{\"object\":{}}}"))
                .isEqualTo(Reason.MISSING_EVENT_TYPE);
        // the type is missing: the payload is never bound, so what does not fit does not hide the real reason
        assertThat(refusal("{\"id\":\"evt_1\",\"object\":\"event\",\"data\":{\"object\":7},\"type\":5}"))
                .isEqualTo(Reason.MISSING_EVENT_TYPE);
        assertThat(refusal("{\"object\":\"event\",\"type\":\"invoice.paid\",\"data\":{\"object\":{}}}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"object\":\"customer\",\"type\":\"invoice.paid\"}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"data\":{\"object\":null}}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"data\":{\"object\":[1]}}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"data\":{\"object\":[1]},\"type\":\"invoice.paid\"}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal("{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"created\":1.5,\"data\":{\"object\":{}}}"))
                .isEqualTo(Reason.MALFORMED_BODY);
        assertThat(refusal(
                        "{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"data\":{\"object\":{\"amount_paid\":1e400}}}"))
                .isEqualTo(Reason.MALFORMED_BODY);
    }

    @Test
    void aTypeWithoutARecordKeepsItsObjectAsATreeWhereverTheTypeStands() {
        String object = "{\"id\":\"cus_src_1\",\"exp_month\":12,\"price\":12.50}";
        for (String body : List.of(
                "{\"id\":\"evt_1\",\"type\":\"billing.meter.created\",\"data\":{\"object\":" + object + "}}",
                "{\"id\":\"evt_1\",\"data\":{\"object\":" + object + "},\"type\":\"billing.meter.created\"}")) {
            StripeEvent<?> event = StripeEventParser.parse(RawBody.ofUtf8(body));

            assertThat(event.data().object()).isEqualTo(WebhookJson.readTree(object));
            assertThat(((JsonNode) event.data().object()).path("price").decimalValue())
                    .isEqualTo(new BigDecimal("12.50"));
        }
    }

    @Test
    void aThinEventReadsInAnyOrder() {
        RawBody body = Fixtures.body("v1.billing.meter.error_report_triggered.thin.json");
        StripeEvent<?> event = parse(body);

        assertThat(event.data().object())
                .isEqualTo(WebhookJson.convert(WebhookJson.readTree(body), StripeThinEvent.class));
        assertThat(event.payloadAs(StripeThinEvent.class))
                .isEqualTo(event.data().object());
        assertThat(event.payloadAs(Map.class)).containsEntry("object", "v2.core.event");
    }

    @Test
    void aNumberNoTreeHoldsIsRefusedEvenInAFieldNoRecordReads() {
        // raw() and the rendering would refuse it later (a handler's 500): the one pass refuses it now (a 400)
        String body =
                "{\"id\":\"evt_1\",\"object\":\"event\",\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\","
                        + "\"not_modelled\":1e999999999}},\"type\":\"invoice.paid\"}";
        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> StripeEventParser.parse(RawBody.ofUtf8(body)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY));
    }

    @Test
    void theDeduplicationKeyIsTheIdInTheSignedBody() {
        StripeProvider provider = Fixtures.provider();
        WebhookRequest request = Fixtures.signed("invoice.paid.json").toBuilder()
                .setHeader("Idempotency-Key", "evt_forged")
                .setHeader("X-Request-Id", "evt_forged")
                .build();
        StripeEvent<?> event = provider.parse(request, provider.verify(request));

        assertThat(provider.deduplicationKey(event, request, provider.verify(request)))
                .isEqualTo(WebhookJson.readTree(request.body()).path("id").asString())
                .isEqualTo(new String(request.body().toByteArray(), StandardCharsets.UTF_8)
                        .replaceAll("(?s)^\\{\\s*\"id\":\\s*\"([^\"]+)\".*", "$1"));
    }
}
