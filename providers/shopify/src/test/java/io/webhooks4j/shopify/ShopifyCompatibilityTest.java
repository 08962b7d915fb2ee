package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.Webhooks;
import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import io.webhooks4j.test.kit.WebhookProviderCompatibilityKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provider compatibility kit, for Shopify (no timestamp is signed), and what only Shopify answers. */
class ShopifyCompatibilityTest extends WebhookProviderCompatibilityKit {
    /** Values of the signature header that are present but cannot be read. */
    static final List<String> MALFORMED = List.of(
            "not base64 at all!",
            "fake",
            "AAAA",
            "6f2c1b0a9e8d7c6b5a4f3e2d1c0b6f2c1b0a9e8d7c6b5a4f3e2d1c0b6f2c1b0a",
            "sha256=ajUyPR72WHj+9f/T1I5Y6qqViywduh4snt0ZvUQKE+k=");

    ShopifyCompatibilityTest() {
        super(
                new ShopifyProviderFactory(),
                ShopifyFixtures.SECRET,
                ShopifyFixtures.OTHER_SECRET,
                ShopifyHeaders.HMAC,
                MALFORMED);
    }

    @Override
    protected Fixture sampleFixture() {
        return Fixtures.get("shopify", "products/update");
    }

    /** Shopify signs the body only; the webhook id, event id and trigger time are not signed. */
    @Override
    protected List<String> unsignedHeaders() {
        return List.of(ShopifyHeaders.WEBHOOK_ID, ShopifyHeaders.EVENT_ID, ShopifyHeaders.TRIGGERED_AT);
    }

    /** Money, ids and times the payload records read. */
    @Override
    protected List<String> hostileFieldNames() {
        return List.of(
                "id",
                "total_price",
                "current_total_price",
                "subtotal_price",
                "total_tax",
                "total_discounts",
                "price",
                "amount",
                "rate",
                "quantity",
                "created_at",
                "updated_at",
                "processed_at",
                "financial_status",
                "fulfillment_status",
                "status",
                "line_items",
                "tax_lines",
                "total_price_set",
                "shop_money",
                "billing_address",
                "latitude",
                "payment_terms",
                "payment_schedules",
                "variants",
                "inventory_item_id",
                "available",
                "customer",
                "orders_to_redact",
                "number");
    }

    private final Webhooks webhooks = Webhooks.builder()
            .provider(ShopifyFixtures.provider())
            .onAny(e -> {})
            .build();

    private WebhookResponse handle(String topic, String body, String triggeredAt) {
        WebhookRequest request = ShopifySigner.create(ShopifyFixtures.SECRET)
                .sign(ShopifyFixtures.unsigned(topic, RawBody.ofUtf8(body))
                        .setHeader(ShopifyHeaders.TRIGGERED_AT, triggeredAt)
                        .build());
        WebhookResponse response = webhooks.handle("shopify", request);
        DocumentedOutcomes.assertDocumented(response, ShopifyFixtures.SECRET);
        assertThat(response.status()).as("status of %s %s", topic, body).isIn(200, 400);
        return response;
    }

    @Test
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

    @Test
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

    @Test
    void anUnsignedTriggerTimeOfAnyShapeIsNoError() {
        for (String triggeredAt : List.of("+999999999-12-31T23:59:59Z", "-9223372036854775808", "not a time", "")) {
            assertThat(handle("orders/create", "{\"id\":1}", triggeredAt).status())
                    .as(triggeredAt)
                    .isEqualTo(200);
        }
    }

    @Test
    void theLazyDiagnosisStillNamesAnAccessTokenUsedAsSecretWithoutShowingIt() {
        ShopifyWebhookVerifier withToken = ShopifyWebhookVerifier.create("shpat_0123456789abcdef0123456789abcdef");
        WebhookRequest forged = ShopifySigner.create("someone else's secret")
                .sign(ShopifyFixtures.unsigned("orders/create", RawBody.ofUtf8("{\"id\": 1}"))
                        .build());

        WebhookVerificationException e =
                catchThrowableOfType(WebhookVerificationException.class, () -> withToken.verify(forged));

        assertThat(diagnosisBuilt(e)).isFalse();
        assertThat(e.diagnosis().likelyCauses()).anySatisfy(c -> assertThat(c).contains("access token"));
        assertThat(e.diagnosis().explain()).doesNotContain("shpat_0123456789abcdef");
    }
}
