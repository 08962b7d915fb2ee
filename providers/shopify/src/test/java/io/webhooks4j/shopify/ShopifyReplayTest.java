package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static io.webhooks4j.shopify.ShopifyFixtures.fixture;
import static io.webhooks4j.shopify.ShopifyFixtures.signedFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.DeliveryKeys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shopify signs the body only: the webhook id, event id, topic and shop domain travel in unsigned headers. A
 * captured delivery replayed with a fresh id (or none) must not run its handlers again (issue #15.2), while
 * legitimately different deliveries, and one body under several topics, still run.
 */
class ShopifyReplayTest {
    private final List<String> ran = new ArrayList<>();
    private final Webhooks webhooks = Webhooks.builder()
            .provider(ShopifyFixtures.provider())
            .on(
                    ShopifyEvents.ORDERS_CREATE,
                    w -> ran.add("create " + w.payload().id()))
            .on(ShopifyEvents.ORDERS_PAID, w -> ran.add("paid " + w.payload().id()))
            .on(
                    ShopifyEvents.ORDERS_UPDATED,
                    w -> ran.add("updated " + w.payload().id()))
            .build();

    private WebhookResponse handle(WebhookRequest request) {
        return webhooks.handle("shopify", request);
    }

    @Test
    void replayWithoutTheWebhookIdIsRefusedAndDoesNotRunTheHandler() {
        WebhookRequest captured = signedFixture("orders/create", "orders-create.json");
        handle(captured);

        WebhookResponse response =
                handle(captured.toBuilder().removeHeader("X-Shopify-Webhook-Id").build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.reason()).contains(Reason.MISSING_REQUIRED_HEADER);
        assertThat(ran).containsExactly("create 5931844223081");
    }

    @Test
    void eventDeliveryReplayedWithoutWebhookIdAndWithAFreshEventIdDoesNotRunAgain() {
        WebhookRequest captured = ShopifySigner.create(SECRET)
                .sign(WebhookRequest.builder()
                        .url(ShopifyFixtures.URL)
                        .header("shopify-topic", "orders/create")
                        .header("shopify-shop-domain", ShopifyFixtures.SHOP)
                        .header("shopify-api-version", "2026-07")
                        .header("shopify-webhook-id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
                        .header("shopify-event-id", "98880550-7158-44d4-b7cd-2c97c8a091b5")
                        .body(fixture("orders-create.json"))
                        .build());
        assertThat(handle(captured).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);

        WebhookRequest replay = captured.toBuilder()
                .removeHeader("shopify-webhook-id")
                .setHeader("shopify-event-id", "22222222-2222-4222-8222-222222222222")
                .build();

        assertThat(handle(replay).outcome()).isEqualTo(DeliveryOutcome.Kind.DUPLICATE);
        assertThat(ran).containsExactly("create 5931844223081");
    }

    @Test
    void twoDifferentLegitimateDeliveriesBothRun() {
        WebhookRequest first = delivery("orders/create", "{\"id\": 1001}", "b54557e4-0001");
        WebhookRequest second = delivery("orders/create", "{\"id\": 1002}", "b54557e4-0002");

        assertThat(handle(first).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(handle(second).outcome()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(ran).containsExactly("create 1001", "create 1002");
    }

    private static WebhookRequest delivery(String topic, String body, String webhookId) {
        return ShopifySigner.create(SECRET)
                .sign(ShopifyFixtures.unsigned(topic, RawBody.ofUtf8(body))
                        .setHeader("X-Shopify-Webhook-Id", webhookId)
                        .build());
    }

    @Test
    void twoDifferentDeliveriesThatHappenToShareAWebhookIdBothRun() {
        // The webhook id is unsigned: a sender-controlled header must not suppress another authentic delivery.
        assertThat(handle(delivery("orders/create", "{\"id\": 2001}", "same")).outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(handle(delivery("orders/create", "{\"id\": 2002}", "same")).outcome())
                .isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(ran).containsExactly("create 2001", "create 2002");
    }

    @Test
    void theSameBodyUnderSeveralTopicsRunsEachTopicsHandler() {
        RawBody order = fixture("orders-create.json");
        for (String topic : List.of("orders/create", "orders/paid", "orders/updated")) {
            WebhookRequest delivery = ShopifySigner.create(SECRET)
                    .sign(ShopifyFixtures.unsigned(topic, order)
                            .setHeader("X-Shopify-Webhook-Id", "id-for-" + topic)
                            .build());

            assertThat(handle(delivery).outcome()).as(topic).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        }
        assertThat(ran).containsExactly("create 5931844223081", "paid 5931844223081", "updated 5931844223081");
    }

    @Test
    void theKeyComesFromTheVerifyingKeyTheTopicAndTheSignedBody() {
        ShopifyProvider provider = ShopifyFixtures.provider();
        WebhookRequest request = signedFixture("orders/create", "orders-create.json");
        var verification = provider.verify(request);

        String key = provider.deduplicationKey(provider.parse(request, verification), request, verification);

        assertThat(key)
                .startsWith(DeliveryKeys.PREFIX)
                .isEqualTo(DeliveryKeys.ofSignedContent(verification, request.body(), "orders/create"))
                .doesNotContain("b54557e4");
    }
}
