package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static io.webhooks4j.shopify.ShopifyFixtures.fixture;
import static io.webhooks4j.shopify.ShopifyFixtures.signed;
import static io.webhooks4j.shopify.ShopifyFixtures.signedFixture;
import static io.webhooks4j.shopify.ShopifyFixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.shopify.event.Order;
import io.webhooks4j.test.kit.DocumentedOutcomes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ShopifyPipelineTest {
    private final List<Object> seen = new ArrayList<>();

    private Webhooks webhooks() {
        return Webhooks.builder()
                .provider(ShopifyFixtures.provider())
                .on(ShopifyEvents.ORDERS_CREATE, w -> seen.add(w.payload().totalPrice()))
                .on(ShopifyEvents.CUSTOMERS_REDACT, w -> seen.add(w.payload().ordersToRedact()))
                .on(ShopifyEvents.ANY, w -> seen.add(w.topic()))
                .build();
    }

    private static void assertRejected(WebhookResponse response, Reason reason) {
        assertThat(response.status()).isEqualTo(reason.status());
        assertThat(response.reason()).contains(reason);
        DocumentedOutcomes.assertDocumented(response, SECRET);
    }

    @Test
    void typedHandlerReadsTheOrderTotalWithoutACast() {
        List<BigDecimal> totals = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(ShopifyFixtures.provider())
                .on(ShopifyEvents.ORDERS_CREATE, w -> totals.add(w.payload().totalPrice()))
                .build();

        WebhookResponse response = webhooks.handle("shopify", signedFixture("orders/create", "orders-create.json"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(totals).containsExactly(new BigDecimal("93.30"));
    }

    @Test
    void complianceHandlerGetsTheTypedPayload() {
        WebhookResponse response =
                webhooks().handle("shopify", signedFixture("customers/redact", "customers-redact.json"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(seen).containsExactly(List.of(5931844223081L), "customers/redact");
    }

    @Test
    void redeliveryWithTheSameWebhookIdIsADuplicate() {
        Webhooks webhooks = webhooks();
        WebhookRequest request = signedFixture("orders/create", "orders-create.json");

        WebhookResponse first = webhooks.handle("shopify", request);
        WebhookResponse retry = webhooks.handle("shopify", request);

        assertThat(first.outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(seen).containsExactly(new BigDecimal("93.30"), "orders/create");
    }

    @Test
    void anotherWebhookIdForTheSameBodyAndTopicIsADuplicate() {
        // The webhook id is unsigned: de-duplication is on the signed body and the topic (issue #15.2).
        Webhooks webhooks = webhooks();
        WebhookRequest request = signedFixture("orders/create", "orders-create.json");
        WebhookRequest otherSubscription = ShopifySigner.create(SECRET)
                .sign(request.toBuilder()
                        .setHeader("X-Shopify-Webhook-Id", "0c4a1d6e-9a0b-4d8c-b2f1-7e3a5c9d1f20")
                        .build());

        webhooks.handle("shopify", request);

        assertThat(webhooks.handle("shopify", otherSubscription).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
    }

    @Test
    void topicNotInTheCatalogueIsAcknowledgedWithTheRawJson() {
        List<Object> payloads = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(ShopifyFixtures.provider())
                .on(ShopifyEvents.ANY, w -> payloads.add(w.payload()))
                .build();
        WebhookRequest request = signed("gift_cards/sparkle", RawBody.ofUtf8("{\"id\": 42, \"note\": \"✨\"}"));

        WebhookResponse response = webhooks.handle("shopify", request);

        assertThat(response.status()).isEqualTo(200);
        assertThat(payloads).singleElement().isInstanceOfSatisfying(JsonNode.class, json -> assertThat(
                        json.path("note").asString())
                .isEqualTo("✨"));
        assertThat(Webhooks.builder()
                        .provider(ShopifyFixtures.provider())
                        .build()
                        .handle("shopify", signed("gift_cards/sparkle", RawBody.ofUtf8("{}")))
                        .outcome())
                .isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    }

    @Test
    void hexHmacGets401WithAPreciseReason() {
        RawBody body = fixture("orders-create.json");
        String hex = HexFormat.of()
                .formatHex(
                        Base64.getDecoder().decode(ShopifySigner.create(SECRET).signature(body)));
        WebhookRequest request = unsigned("orders/create", body)
                .header("X-Shopify-Hmac-Sha256", hex)
                .build();

        WebhookResponse response = webhooks().handle("shopify", request);

        assertRejected(response, Reason.MALFORMED_HEADER);
        assertThat(response.bodyAsString()).contains("looks like hex").doesNotContain(hex);
    }

    @Test
    void invalidHmacIsAlways401() {
        WebhookRequest forged = ShopifySigner.create("someone else's secret")
                .sign(unsigned("orders/create", fixture("orders-create.json")).build());

        assertRejected(webhooks().handle("shopify", forged), Reason.NO_MATCHING_SIGNATURE);
        assertRejected(
                webhooks()
                        .handle(
                                "shopify",
                                forged.toBuilder()
                                        .removeHeader("X-Shopify-Shop-Domain")
                                        .build()),
                Reason.NO_MATCHING_SIGNATURE);
        assertThat(seen).isEmpty();
    }

    @Test
    void missingShopDomainIsAPrecise400() {
        WebhookRequest request = ShopifySigner.create(SECRET)
                .sign(unsigned("orders/create", fixture("orders-create.json"))
                        .removeHeader("X-Shopify-Shop-Domain")
                        .build());

        WebhookResponse response = webhooks().handle("shopify", request);

        assertRejected(response, Reason.MISSING_REQUIRED_HEADER);
        assertThat(response.bodyAsString()).contains("X-Shopify-Shop-Domain");
    }

    @Test
    void missingTopicIsMissingEventType() {
        WebhookRequest request = ShopifySigner.create(SECRET)
                .sign(unsigned("orders/create", fixture("orders-create.json"))
                        .removeHeader("X-Shopify-Topic")
                        .build());

        assertRejected(webhooks().handle("shopify", request), Reason.MISSING_EVENT_TYPE);
    }

    @Test
    void pricesThatAreNotPlainDecimalsAre400() {
        for (String price :
                List.of("1e3", "abc", "12,50", "NaN", "0x10", "1.2.3", "99999999999999999999999999999999")) {
            WebhookRequest request =
                    signed("orders/create", RawBody.ofUtf8("{\"id\": 1, \"total_price\": \"" + price + "\"}"));

            assertRejected(webhooks().handle("shopify", request), Reason.MALFORMED_BODY);
        }
        WebhookRequest number = signed("orders/create", RawBody.ofUtf8("{\"id\": 1, \"total_price\": 1e3}"));
        assertRejected(webhooks().handle("shopify", number), Reason.MALFORMED_BODY);
        assertThat(seen).isEmpty();
    }

    @Test
    void plainDecimalPricesInAnyShapeShopifyUsesAreAccepted() {
        for (String price : List.of("\"19.99\"", "\"-5.00\"", "\"0\"", "19.99", "\"\"", "null")) {
            seen.clear();
            WebhookRequest request =
                    signed("orders/create", RawBody.ofUtf8("{\"id\": 1, \"total_price\": " + price + "}"));

            assertThat(webhooks().handle("shopify", request).status()).as(price).isEqualTo(200);
            assertThat(seen).as(price).hasSize(2);
        }
    }

    @Test
    void authenticButMalformedBodiesAre400() {
        for (String body : List.of("", "[1,2]", "\"text\"", "{\"id\": ", "{\"id\": \"not a number\"}", "{} {}")) {
            WebhookRequest request = signed("orders/create", RawBody.ofUtf8(body));

            WebhookResponse response = webhooks().handle("shopify", request);

            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.reason()).as(body).contains(body.isEmpty() ? Reason.EMPTY_BODY : Reason.MALFORMED_BODY);
            DocumentedOutcomes.assertDocumented(response, SECRET);
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void bodyOverTheLimitIs413() {
        Webhooks webhooks = Webhooks.builder()
                .provider(ShopifyProvider.builder()
                        .secrets(SECRET)
                        .maxBodyBytes(1024)
                        .build())
                .build();

        WebhookResponse response = webhooks.handle("shopify", signedFixture("orders/create", "orders-create.json"));

        assertRejected(response, Reason.BODY_TOO_LARGE);
    }

    @Test
    void notPostIs405() {
        WebhookRequest get = signedFixture("orders/create", "orders-create.json").toBuilder()
                .method("GET")
                .build();

        assertRejected(webhooks().handle("shopify", get), Reason.METHOD_NOT_ALLOWED);
    }

    @Test
    void publicAppWithoutComplianceHandlersFailsToBuild() {
        ShopifyProvider publicApp =
                ShopifyProvider.builder().secrets(SECRET).publicApp(true).build();

        assertThatIllegalStateException()
                .isThrownBy(() -> Webhooks.builder()
                        .provider(publicApp)
                        .on(ShopifyEvents.CUSTOMERS_REDACT, w -> {})
                        .onAny(event -> {})
                        .on(ShopifyEvents.ANY, w -> {})
                        .build())
                .withMessageContaining("customers/data_request")
                .withMessageContaining("shop/redact")
                .withMessageNotContaining("[customers/data_request, customers/redact")
                .withMessageContaining("ShopifyEvents.SHOP_REDACT");
    }

    @Test
    void publicAppWithAllThreeComplianceHandlersBuilds() {
        ShopifyProvider publicApp =
                ShopifyProvider.builder().secrets(SECRET).publicApp(true).build();

        Webhooks webhooks = Webhooks.builder()
                .provider(publicApp)
                .on(
                        ShopifyEvents.CUSTOMERS_DATA_REQUEST,
                        w -> seen.add(w.payload().dataRequest().id()))
                .on(
                        ShopifyEvents.CUSTOMERS_REDACT,
                        w -> seen.add(w.payload().customer().id()))
                .on(ShopifyEvents.SHOP_REDACT, w -> seen.add(w.payload().shopDomain()))
                .build();

        assertThat(webhooks.handle("shopify", signedFixture("shop/redact", "shop-redact.json"))
                        .status())
                .isEqualTo(200);
        assertThat(seen).containsExactly("maple-and-moss.myshopify.com");
    }

    @Test
    void customAppNeedsNoComplianceHandlers() {
        assertThat(Webhooks.builder()
                        .provider(ShopifyFixtures.provider())
                        .build()
                        .providerIds())
                .containsExactly("shopify");
    }

    @Test
    void providerSignedDeliveryIsHandledEndToEnd() {
        List<ShopifyEvent<Order>> received = new ArrayList<>();
        Webhooks webhooks = Webhooks.builder()
                .provider(ShopifyFixtures.provider())
                .on(ShopifyEvents.ORDERS_PAID, received::add)
                .build();
        WebhookRequest request = ShopifyFixtures.provider()
                .sign(WebhookRequest.builder()
                        .header("X-Shopify-Topic", "orders/paid")
                        .header("X-Shopify-Shop-Domain", ShopifyFixtures.SHOP)
                        .body(fixture("orders-paid.json"))
                        .build());

        assertThat(webhooks.handle("shopify", request).status()).isEqualTo(200);
        assertThat(received).singleElement().satisfies(w -> {
            assertThat(w.apiVersion()).isEqualTo(ShopifyProvider.DEFAULT_API_VERSION);
            assertThat(w.triggeredAt()).isEqualTo(ShopifyFixtures.NOW);
            assertThat(w.webhookId()).isNotBlank();
            assertThat(w.payload().name()).isEqualTo("#2317");
        });
    }
}
