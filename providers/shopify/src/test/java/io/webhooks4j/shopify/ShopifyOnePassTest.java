package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.fixture;
import static io.webhooks4j.shopify.ShopifyFixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.shopify.event.Money;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.PaymentTerms;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.spi.WebhookParseException;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue #18: the payload bound straight from the bytes, the tree only on demand. */
class ShopifyOnePassTest {
    private final ShopifyProvider provider = ShopifyFixtures.provider();

    /** This module's fixtures by topic. */
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("orders/create", "orders-create.json");
        FIXTURES.put("orders/paid", "orders-paid.json");
        FIXTURES.put("refunds/create", "refunds-create.json");
        FIXTURES.put("products/update", "products-update.json");
        FIXTURES.put("customers/create", "customers-create.json");
        FIXTURES.put("customers/data_request", "customers-data_request.json");
        FIXTURES.put("customers/redact", "customers-redact.json");
        FIXTURES.put("shop/redact", "shop-redact.json");
        FIXTURES.put("inventory_levels/update", "inventory_levels-update.json");
        FIXTURES.put("app/uninstalled", "app-uninstalled.json");
        FIXTURES.putAll(ShopifyDocumentedPayloadsTest.FIXTURES);
    }

    private ShopifyEvent<?> parse(WebhookRequest request) {
        return provider.parse(request, provider.verify(request));
    }

    /** Every fixture: this module's and the test kit's (re-signed with the test secret). */
    private static List<WebhookRequest> everyFixture() {
        List<WebhookRequest> requests = new ArrayList<>();
        FIXTURES.forEach((topic, name) -> requests.add(signed(topic, fixture(name))));
        for (Fixture kit : Fixtures.of("shopify")) {
            WebhookRequest.Builder unsigned = WebhookRequest.builder()
                    .url(ShopifyFixtures.URL)
                    .headers(kit.headers())
                    .body(kit.body());
            requests.add(ShopifySigner.create(ShopifyFixtures.SECRET).sign(unsigned.build()));
        }
        return requests;
    }

    @Test
    void theTypedPayloadIsWhatTheTreePathGave() {
        List<WebhookRequest> requests = everyFixture();
        assertThat(requests).hasSizeGreaterThan(FIXTURES.size());
        for (WebhookRequest request : requests) {
            ShopifyEvent<?> event = parse(request);
            EventType<?> type = ShopifyEvents.find(event.topic()).orElseThrow();
            Object viaTree = WebhookJson.convert(WebhookJson.readTree(request.body()), type.payloadType());

            assertThat(event.payload()).as(event.topic()).isInstanceOf(type.payloadType());
            assertThat(event.payload()).as(event.topic()).isEqualTo(viaTree);
        }
    }

    @Test
    void theEventKeepsTheBytesAndRawParsesThemOnEachCall() {
        WebhookRequest request = signed("orders/create", fixture("orders-create.json"));
        ShopifyEvent<?> event = parse(request);

        assertThat(event.json()).isEqualTo(request.body());
        JsonNode raw = event.raw();
        assertThat(raw).isEqualTo(WebhookJson.readTree(request.body()));
        assertThat(raw.path("name").asString()).isEqualTo("#1042");
        assertThat(raw.path("total_price").isString()).isTrue();
        JsonNode again = event.raw();
        assertThat(again).isEqualTo(raw).isNotSameAs(raw);
    }

    @Test
    void payloadAsBindsTheBodyToAnyRecord() {
        ShopifyEvent<?> typed = parse(signed("orders/create", fixture("orders-create.json")));
        ShopifyEvent<?> unmodelled = parse(signed("audit_events/admin_api_activity", fixture("orders-create.json")));

        assertThat(typed.payloadAs(Order.class)).isEqualTo(typed.payload());
        assertThat(unmodelled.payload()).isInstanceOf(JsonNode.class).isEqualTo(typed.raw());
        assertThat(unmodelled.payloadAs(Order.class)).isEqualTo(typed.payload());
        assertThat(unmodelled.payloadAs(JsonNode.class)).isEqualTo(unmodelled.payload());
        record Brief(String name, BigDecimal totalPrice) {}
        assertThat(WebhookJson.read(RawBody.ofUtf8("{\"name\": \"x\"}"), Brief.class))
                .isEqualTo(new Brief("x", null));
    }

    @Test
    void malformedJsonAfterThePayloadIs400() {
        byte[] order = fixture("orders-create.json").toByteArray();
        String text = new String(order, StandardCharsets.UTF_8).strip();
        List<String> bodies = List.of(
                text.substring(0, text.length() - 1), // truncated: the last brace is missing
                text.substring(0, text.length() / 2), // truncated in the middle
                text + " x", // trailing garbage
                text + " {}", // a second document
                text + text, // the document twice
                text + "]", // a stray closing bracket
                text + ",");
        Webhooks webhooks = Webhooks.builder().provider(provider).build();
        for (String topic : List.of("orders/create", "audit_events/admin_api_activity", "gift_cards/sparkle")) {
            for (String body : bodies) {
                WebhookResponse response = webhooks.handle("shopify", signed(topic, RawBody.ofUtf8(body)));

                assertThat(response.status()).as(topic + " " + body.length()).isEqualTo(400);
                assertThat(response.reason()).as(topic).contains(Reason.MALFORMED_BODY);
            }
        }
    }

    @Test
    void aBodyThatIsNotOneObjectIs400ForTypedAndUntypedTopics() {
        for (String topic :
                List.of("orders/create", "shop/redact", "customers/data_request", "audit_events/admin_api_activity")) {
            for (String body : List.of("null", "[]", "[{}]", "1", "true", "\"text\"", "\"\"", " ", "{}[]")) {
                WebhookParseException e = catchThrowableOfType(
                        WebhookParseException.class, () -> parse(signed(topic, RawBody.ofUtf8(body))));

                assertThat(e).as(topic + " " + body).isNotNull();
                assertThat(e.reason()).as(topic + " " + body).isEqualTo(Reason.MALFORMED_BODY);
            }
        }
    }

    @Test
    void paymentSchedulesAreUnmodifiableAndNullFree() {
        Order order = (Order) parse(signed(
                        "orders/create",
                        RawBody.ofUtf8(
                                "{\"payment_terms\": {\"payment_schedules\": [{\"id\": 1}, null, {\"id\": 2}]}}")))
                .payload();
        PaymentTerms terms = order.paymentTerms();

        assertThat(terms.paymentSchedules())
                .extracting(PaymentTerms.PaymentSchedule::id)
                .containsExactly(1L, 2L);
        assertThat(catchThrowableOfType(UnsupportedOperationException.class, () -> terms.paymentSchedules()
                        .clear()))
                .isNotNull();
        Order none = (Order) parse(signed("orders/create", RawBody.ofUtf8("{\"payment_terms\": {}}")))
                .payload();
        assertThat(none.paymentTerms().paymentSchedules()).isEmpty();
    }

    /** The pattern money amounts were checked with before they were scanned by hand: the oracle. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,20})?");

    @Test
    void moneyIsReadExactlyAsThePlainDecimalPatternSays() {
        List<String> amounts = new ArrayList<>(List.of(
                "19.99",
                "-5.00",
                "+5",
                "0",
                "-0.00",
                "007.50",
                " 12.30 ",
                "\t1\n",
                "1.",
                ".5",
                "-",
                "+",
                "",
                "1..2",
                "1.2.3",
                "1e3",
                "1E3",
                "abc",
                "12,50",
                "NaN",
                "Infinity",
                "0x10",
                "١٢",
                "1 2",
                "--1",
                "+-1"));
        amounts.add("9".repeat(18));
        amounts.add("9".repeat(19));
        amounts.add("9".repeat(30));
        amounts.add("9".repeat(31));
        amounts.add("1." + "0".repeat(20));
        amounts.add("1." + "0".repeat(21));
        amounts.add("-" + "9".repeat(30) + "." + "9".repeat(20));
        amounts.add("9".repeat(17) + ".9");
        amounts.add("9".repeat(18) + ".9");
        amounts.add("922337203685477580.7");
        for (String amount : amounts) {
            String stripped = amount.strip();
            String json = "{\"amount\": " + WebhookJson.write(amount) + "}";
            if (stripped.isEmpty()) {
                assertThat(WebhookJson.read(json, Money.class).amount())
                        .as(amount)
                        .isNull();
            } else if (PLAIN_DECIMAL.matcher(stripped).matches()) {
                assertThat(WebhookJson.read(json, Money.class).amount())
                        .as(amount)
                        .isEqualTo(new BigDecimal(stripped));
            } else {
                assertThat(catchThrowableOfType(WebhookParseException.class, () -> WebhookJson.read(json, Money.class)))
                        .as(amount)
                        .isNotNull()
                        .hasMessageContaining("not a plain decimal");
            }
        }
    }

    @Test
    void numericMoneyIsReadByTheSameRules() {
        for (String number : List.of("19.99", "-5", "0.10", "9".repeat(25) + ".5")) {
            assertThat(WebhookJson.read("{\"amount\": " + number + "}", Money.class)
                            .amount())
                    .as(number)
                    .isEqualTo(new BigDecimal(number));
        }
        for (String number : List.of("1e3", "1.5E-2", "9".repeat(31))) {
            assertThat(catchThrowableOfType(
                            WebhookParseException.class,
                            () -> WebhookJson.read("{\"amount\": " + number + "}", Money.class)))
                    .as(number)
                    .isNotNull();
        }
        assertThat(catchThrowableOfType(
                        WebhookParseException.class, () -> WebhookJson.read("{\"amount\": true}", Money.class)))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        WebhookParseException.class, () -> WebhookJson.read("{\"amount\": {}}", Money.class)))
                .isNotNull();
    }

    @Test
    void theRenderingCopiesTheBodyExactly() {
        RawBody body = fixture("products-update.json");
        ShopifyEvent<?> event = parse(signed("products/update", body));

        JsonNode rendered = WebhookJson.readTree(WebhookJson.write(event));
        JsonNode pretty = WebhookJson.readTree(WebhookJson.writer().writeValueAsString(event));

        assertThat(rendered.path("payload")).isEqualTo(WebhookJson.readTree(body));
        assertThat(pretty).isEqualTo(rendered);
        assertThat(rendered.propertyNames())
                .containsExactly(
                        "provider",
                        "topic",
                        "shop_domain",
                        "api_version",
                        "webhook_id",
                        "event_id",
                        "triggered_at",
                        "sub_topic",
                        "name",
                        "payload");
        assertThat(Arrays.asList("json", "raw")).noneMatch(rendered::has);
    }
}
