package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.EventType;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.shopify.event.LineItem;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.spi.WebhookJson;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Authentic (correctly signed) but hostile bodies through {@link Webhooks#handle} (issue #15.8): money as huge
 * exponents ({@code "1e999999999"}), numbers beyond {@code Long}, MIN/MAX longs, fractions where integers belong,
 * wrong types, deep nesting, unknown enum values, odd unicode and times out of range, for every topic of the
 * catalogue. Only documented statuses come back, never a 500, and handlers doing ordinary arithmetic on the
 * typed money never meet a number that hangs or breaks them.
 */
class ShopifyHostileBodyProperties {
    private final AtomicLong sink = new AtomicLong();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(ShopifyFixtures.provider())
            .on(ShopifyTopics.ORDERS_CREATE, w -> {
                Order order = w.payload();
                money(order.totalPrice());
                money(order.currentTotalPrice());
                if (order.totalPriceSet() != null && order.totalPriceSet().shopMoney() != null) {
                    money(order.totalPriceSet().shopMoney().amount());
                }
                if (order.lineItems() != null) {
                    for (LineItem item : order.lineItems()) {
                        if (item != null) {
                            money(item.price());
                        }
                    }
                }
                sink.addAndGet(String.valueOf(order.createdAt()).length()
                        + String.valueOf(order.financialStatus()).length());
            })
            .on(ShopifyTopics.ANY, w -> sink.addAndGet(WebhookJson.write(w).length()))
            .build();

    private void money(BigDecimal amount) {
        if (amount != null) { // what a user does with money: round it, compare it, sum it
            sink.addAndGet(amount.setScale(2, RoundingMode.HALF_EVEN)
                    .add(BigDecimal.ONE)
                    .toBigInteger()
                    .bitLength());
        }
    }

    private static final List<String> NUMBERS = List.of(
            "-9223372036854775808",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999999999999999999999",
            "0",
            "-0",
            "1.5",
            "1e3",
            "1e999999999",
            "-1E-999999999",
            "1e400",
            "\"1e999999999\"",
            "\"1E+1000000\"",
            "\"-9223372036854775808\"",
            "\"19.99\"",
            "\"-5.00\"",
            "\"0.000000000000000000001\"",
            "\"\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"12,50\"",
            "\"0x10\"",
            "\" 19.99 \"");

    private static final List<String> ODD = List.of(
            "null",
            "true",
            "{}",
            "[]",
            "[1,2,3]",
            "\"teleported\"",
            "\"paid\"",
            "\"PAID\"",
            "\"unlisted\"",
            "\"\\u0000\"",
            "\"\\ud83d\"",
            "\"e\\u0301\\u202e\\ufeff\"",
            "\"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧾\"",
            "\"2026-11-27T13:41:07+01:00\"",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"-999999999-01-01T00:00:00Z\"",
            "\"2026-13-45T99:99:99Z\"",
            "\"yesterday\"",
            "[".repeat(250) + "]".repeat(250),
            "{\"a\":".repeat(199) + "1" + "}".repeat(199));

    private static final List<String> FIELDS = List.of(
            "id",
            "order_number",
            "number",
            "total_price",
            "current_total_price",
            "subtotal_price",
            "price",
            "amount",
            "latitude",
            "rate",
            "value",
            "quantity",
            "total_weight",
            "created_at",
            "updated_at",
            "processed_at",
            "financial_status",
            "status",
            "estimated_taxes",
            "payment_terms",
            "payment_schedules",
            "due_in_days",
            "returns",
            "total_price_set",
            "shop_money",
            "line_items",
            "variants",
            "customer",
            "orders_to_redact",
            "shop_id",
            "data_request",
            "tags",
            "title");

    @Provide
    Arbitrary<String> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.of(NUMBERS),
                Arbitraries.of(ODD),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e30"), new BigDecimal("1e30"))
                        .ofScale(3)
                        .map(d -> "\"" + d.toPlainString() + "\""));
    }

    /** Mostly a hostile scalar, sometimes nested objects and lists of them. */
    @Provide
    Arbitrary<String> hostileValues() {
        return Arbitraries.oneOf(scalars(), scalars(), nested());
    }

    private Arbitrary<String> nested() {
        return Arbitraries.recursive(
                this::scalars,
                inner -> Arbitraries.oneOf(
                        Combinators.combine(Arbitraries.of(FIELDS), inner).as((k, v) -> "{\"" + k + "\":" + v + "}"),
                        Combinators.combine(Arbitraries.of(FIELDS), inner, Arbitraries.of(FIELDS), inner)
                                .as((k1, v1, k2, v2) -> "{\"" + k1 + "\":" + v1 + ",\"" + k2 + "\":" + v2 + "}"),
                        inner.list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")),
                3);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Combinators.combine(Arbitraries.of(FIELDS), hostileValues(), Arbitraries.of(FIELDS), hostileValues())
                .as((k1, v1, k2, v2) -> "{\"id\":1,\"" + k1 + "\":" + v1 + ",\"" + k2 + "\":" + v2 + "}");
    }

    @Provide
    Arbitrary<String> topics() {
        return Arbitraries.oneOf(
                Arbitraries.of(ShopifyTopics.all()).map(EventType::name),
                Arbitraries.of("orders/create", "ORDERS_CREATE", "gift_cards/sparkle"));
    }

    private WebhookResponse handle(String topic, String body, String triggeredAt) {
        WebhookRequest request = ShopifySigner.create(ShopifyFixtures.SECRET)
                .sign(ShopifyFixtures.unsigned(topic, RawBody.ofUtf8(body))
                        .setHeader("X-Shopify-Triggered-At", triggeredAt)
                        .build());
        WebhookResponse response = webhooks.handle("shopify", request);
        DocumentedOutcomes.assertDocumented(response, ShopifyFixtures.SECRET);
        assertThat(response.status()).as("status of %s %s", topic, body).isIn(200, 400);
        return response;
    }

    @Property(tries = 500)
    void hostileBodiesOfEveryTopicGetADocumentedStatus(
            @ForAll("topics") String topic, @ForAll("bodies") String body, @ForAll("triggeredAt") String triggeredAt) {
        handle(topic, body, triggeredAt);
    }

    @Provide
    Arbitrary<String> triggeredAt() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "2026-11-27T11:59:58.123456Z",
                        "+999999999-12-31T23:59:59Z",
                        "-9223372036854775808",
                        "not a time"),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Example
    void moneyWithAHugeExponentIsA400AndNeverReachesAHandler() {
        for (String amount : List.of("\"1e999999999\"", "1e999999999", "\"-1E-999999999\"", "\"1E+1000000\"")) {
            for (String body : List.of(
                    "{\"id\":1,\"total_price\":" + amount + "}",
                    "{\"id\":1,\"total_price_set\":{\"shop_money\":{\"amount\":" + amount + "}}}",
                    "{\"id\":1,\"line_items\":[{\"price\":" + amount + "}]}",
                    "{\"id\":1,\"tax_lines\":[{\"rate\":" + amount + "}]}",
                    "{\"id\":1,\"billing_address\":{\"latitude\":" + amount + "}}",
                    "{\"id\":1,\"payment_terms\":{\"payment_schedules\":[{\"amount\":" + amount + "}]}}")) {
                WebhookResponse response = handle("orders/create", body, "2026-11-27T11:59:58Z");
                assertThat(response.status()).as(body).isEqualTo(400);
                assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.REJECTED);
            }
        }
    }

    @Example
    void idsAndTimesBeyondTheirRangeAre400() {
        for (String body : List.of(
                "{\"id\":9223372036854775808}",
                "{\"id\":1.5}",
                "{\"id\":1,\"created_at\":\"+999999999-12-31T23:59:59Z\"}",
                "{\"id\":1,\"created_at\":-9223372036854775808}",
                "{\"id\":1,\"number\":9223372036854775807}")) {
            WebhookResponse response = handle("orders/create", body, "2026-11-27T11:59:58Z");
            assertThat(response.status()).as(body).isIn(200, 400);
        }
    }
}
