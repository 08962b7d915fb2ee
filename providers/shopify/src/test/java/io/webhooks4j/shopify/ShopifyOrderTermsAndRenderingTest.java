package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.signed;
import static io.webhooks4j.shopify.ShopifyFixtures.signedFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.shopify.event.PaymentTerms;
import io.webhooks4j.shopify.event.PaymentTermsType;
import io.webhooks4j.shopify.event.Product;
import io.webhooks4j.shopify.event.ProductStatus;
import io.webhooks4j.shopify.event.ReturnStatus;
import io.webhooks4j.spi.WebhookJson;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue #16.17 (payment terms, estimated taxes, returns), #16.16 (enum values) and #16.12 (one JSON rendering). */
class ShopifyOrderTermsAndRenderingTest {
    private final ShopifyProvider provider = ShopifyFixtures.provider();

    /** Shaped as Shopify's Order resource documents payment_terms (amounts as numbers there, as strings here). */
    private static final String ORDER_WITH_TERMS = """
            {"id": 820982911946154508, "name": "#9999", "total_price": "388.00", "estimated_taxes": true,
             "financial_status": "partially_paid",
             "payment_terms": {"id": 706405506930370084, "amount": 70, "currency": "CAD",
               "payment_terms_name": "Net 30", "payment_terms_type": "NET", "due_in_days": 30,
               "payment_schedules": [{"id": 1, "amount": "70.00", "currency": "CAD",
                 "issued_at": "2026-11-27T13:02:43-04:00", "due_at": "2026-12-27T13:02:43-04:00",
                 "completed_at": null, "expected_payment_method": "shopify_payments"}]},
             "returns": [{"id": 945000954, "admin_graphql_api_id": "gid://shopify/Return/945000954",
               "name": "#9999-R1", "status": "open", "total_return_line_items": 2},
               {"id": 945000955, "status": "a_future_status"}]}""";

    private ShopifyEvent<?> parse(WebhookRequest request) {
        return provider.parse(request, provider.verify(request));
    }

    @Test
    void paymentTermsEstimatedTaxesAndReturnsAreTyped() {
        Order order = (Order)
                parse(signed("orders/create", RawBody.ofUtf8(ORDER_WITH_TERMS))).payload();

        assertThat(order.estimatedTaxes()).isTrue();
        PaymentTerms terms = order.paymentTerms();
        assertThat(terms.id()).isEqualTo(706405506930370084L);
        assertThat(terms.amount()).isEqualByComparingTo("70");
        assertThat(terms.paymentTermsType()).isEqualTo(PaymentTermsType.NET);
        assertThat(terms.dueInDays()).isEqualTo(30);
        assertThat(terms.paymentSchedules()).singleElement().satisfies(schedule -> {
            assertThat(schedule.amount()).isEqualTo(new BigDecimal("70.00"));
            assertThat(schedule.dueAt()).isEqualTo(Instant.parse("2026-12-27T17:02:43Z"));
            assertThat(schedule.completedAt()).isNull();
            assertThat(schedule.expectedPaymentMethod()).isEqualTo("shopify_payments");
        });
        assertThat(order.returns()).hasSize(2);
        assertThat(order.returns().get(0).status()).isEqualTo(ReturnStatus.OPEN);
        assertThat(order.returns().get(0).totalReturnLineItems()).isEqualTo(2);
        assertThat(order.returns().get(1).status()).isEqualTo(ReturnStatus.UNKNOWN);
    }

    @Test
    void theFixturesNullTermsAndEmptyReturnsReadAsSuch() {
        Order order = (Order)
                parse(signedFixture("orders/create", "orders-create.json")).payload();

        assertThat(order.paymentTerms()).isNull();
        assertThat(order.estimatedTaxes()).isFalse();
        assertThat(order.returns()).isEmpty();
    }

    @Test
    void paymentTermsTypesReadInEitherCase() {
        for (String type : new String[] {"RECEIPT", "receipt", "FIXED", "fulfillment", "UNKNOWN", "LATER"}) {
            Order order = (Order) parse(signed(
                            "orders/create",
                            RawBody.ofUtf8(
                                    "{\"id\": 1, \"payment_terms\": {\"payment_terms_type\": \"" + type + "\"}}")))
                    .payload();
            PaymentTermsType expected =
                    switch (type.toUpperCase(java.util.Locale.ROOT)) {
                        case "RECEIPT" -> PaymentTermsType.RECEIPT;
                        case "FIXED" -> PaymentTermsType.FIXED;
                        case "FULFILLMENT" -> PaymentTermsType.FULFILLMENT;
                        default -> PaymentTermsType.UNKNOWN;
                    };
            assertThat(order.paymentTerms().paymentTermsType()).as(type).isEqualTo(expected);
        }
    }

    @Test
    void unlistedProductsAreNotUnknown() {
        Product product =
                (Product) parse(signed("products/update", RawBody.ofUtf8("{\"id\": 1, \"status\": \"unlisted\"}")))
                        .payload();

        assertThat(product.status()).isEqualTo(ProductStatus.UNLISTED);
    }

    @Test
    void theJsonRenderingKeepsTheHeadersAndTheBodyExactlyAsSent() {
        ShopifyEvent<?> webhook = parse(signed("orders/create", RawBody.ofUtf8(ORDER_WITH_TERMS)));

        String json = WebhookJson.write(webhook);

        assertThat(json)
                .contains("\"provider\":\"shopify\"")
                .contains("\"topic\":\"orders/create\"")
                .contains("\"shop_domain\":\"maple-and-moss.myshopify.com\"")
                .contains("\"api_version\":\"2026-07\"")
                .contains("\"webhook_id\":\"b54557e4-bdd9-4b37-8a5f-bf7d70bcd043\"")
                .contains("\"event_id\":\"98880550-7158-44d4-b7cd-2c97c8a091b5\"")
                .contains("\"triggered_at\":\"2026-11-27T11:59:58.123456Z\"")
                .contains("\"total_price\":\"388.00\"")
                .contains("\"id\":820982911946154508")
                .contains("\"amount\":\"70.00\"")
                .contains("\"payment_terms_type\":\"NET\"")
                .contains("\"status\":\"a_future_status\"");
        JsonNode tree = WebhookJson.readTree(json);
        assertThat(tree.path("payload")).isEqualTo(webhook.raw());
        assertThat(tree.path("payload").path("total_price").asString()).isEqualTo("388.00");
    }

    @Test
    void numericMoneyStaysExactInTheRendering() {
        ShopifyEvent<?> webhook =
                parse(signed("orders/create", RawBody.ofUtf8("{\"id\": 7, \"total_price\": 388.00, \"rate\": 0.10}")));

        assertThat(WebhookJson.write(webhook))
                .contains("\"total_price\":388.00")
                .contains("\"rate\":0.10");
        assertThat(((Order) webhook.payload()).totalPrice()).isEqualTo(new BigDecimal("388.00"));
    }

    @Test
    void aComplianceWebhookRendersItsPayloadToo() {
        String json = WebhookJson.write(parse(signedFixture("customers/redact", "customers-redact.json")));

        assertThat(json).contains("\"topic\":\"customers/redact\"").contains("\"orders_to_redact\":[5931844223081]");
    }
}
