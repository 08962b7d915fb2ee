package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import org.junit.jupiter.api.Test;

/**
 * The vector of Shopify's own library, taken as a fact: Shopify/shopify-app-js,
 * packages/apps/shopify-api/lib/webhooks/__tests__/validate.test.ts with the headers of __tests__/utils.ts and
 * apiSecretKey 'test_secret_key' from lib/__tests__/test-config.ts. There the valid request passes, "fake" is an
 * invalid HMAC, and each missing header fails with missing_headers after a valid HMAC.
 */
class ShopifyGoldenVectorTest {
    private static final String SECRET = "test_secret_key";
    private static final String BODY = "{\"foo\": \"bar\"}";
    private static final String HMAC = "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=";

    private static WebhookRequest.Builder request(String hmac) {
        return WebhookRequest.builder()
                .url("https://example.com/webhooks/shopify")
                .header("Content-Type", "application/json")
                .header("X-Shopify-API-Version", "2023-01")
                .header("X-Shopify-Shop-Domain", "shop1.myshopify.io")
                .header("X-Shopify-Hmac-Sha256", hmac)
                .header("X-Shopify-Topic", "products/create")
                .header("X-Shopify-Webhook-Id", "123456789")
                .body(BODY);
    }

    private static WebhookResponse handle(WebhookRequest request) {
        return Webhooks.builder()
                .provider(ShopifyProvider.create(SECRET))
                .build()
                .handle("shopify", request);
    }

    @Test
    void signerReproducesShopifysVector() {
        assertThat(ShopifySigner.create(SECRET).signature(RawBody.ofUtf8(BODY))).isEqualTo(HMAC);
    }

    @Test
    void acceptsShopifysValidVector() {
        assertThat(ShopifyWebhookVerifier.create(SECRET)
                        .verify(request(HMAC).build())
                        .keyId())
                .isEqualTo("key-1");
        assertThat(handle(request(HMAC).build()).status()).isEqualTo(200);
    }

    @Test
    void rejectsShopifysFakeHmacWith401() {
        WebhookResponse response = handle(request("fake").build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.reason()).contains(Reason.MALFORMED_HEADER);
    }

    @Test
    void rejectsShopifysEmptyBodyVectorWith401() {
        assertThat(handle(request(HMAC).body("").build()).status()).isEqualTo(401);
    }

    @Test
    void answersShopifysMissingHeaderVectorsWithPrecise400s() {
        assertThat(handle(request(HMAC).removeHeader("X-Shopify-Topic").build()).reason())
                .contains(Reason.MISSING_EVENT_TYPE);
        for (String header : new String[] {"X-Shopify-API-Version", "X-Shopify-Shop-Domain", "X-Shopify-Webhook-Id"}) {
            WebhookResponse response = handle(request(HMAC).removeHeader(header).build());
            assertThat(response.status()).as(header).isEqualTo(400);
            assertThat(response.reason()).as(header).contains(Reason.MISSING_REQUIRED_HEADER);
            assertThat(response.bodyAsString()).as(header).contains(header);
        }
    }
}
