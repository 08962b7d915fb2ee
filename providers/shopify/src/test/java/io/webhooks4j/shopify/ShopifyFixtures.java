package io.webhooks4j.shopify;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestResources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixtures and requests shared by the Shopify tests. */
final class ShopifyFixtures {
    static final String SECRET = "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";
    static final String OTHER_SECRET = "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";
    static final String SHOP = "maple-and-moss.myshopify.com";
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String URL = "https://hooks.example.com/webhooks/shopify";

    private ShopifyFixtures() {}

    /** The exact bytes of fixture {@code name} (under src/test/resources/io/webhooks4j/shopify). */
    static RawBody fixture(String name) {
        return TestResources.rawBody(ShopifyFixtures.class, name);
    }

    static ShopifyProvider provider() {
        return ShopifyProvider.builder().secrets(SECRET).clock(CLOCK).build();
    }

    /** An unsigned delivery of {@code topic} with every header Shopify sends but the HMAC. */
    static WebhookRequest.Builder unsigned(String topic, RawBody body) {
        return WebhookRequest.builder()
                .url(URL)
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", topic)
                .header("X-Shopify-Shop-Domain", SHOP)
                .header("X-Shopify-API-Version", "2026-07")
                .header("X-Shopify-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043")
                .header("X-Shopify-Event-Id", "98880550-7158-44d4-b7cd-2c97c8a091b5")
                .header("X-Shopify-Triggered-At", "2026-11-27T11:59:58.123456Z")
                .body(body);
    }

    /** A delivery of {@code topic} signed with {@link #SECRET}. */
    static WebhookRequest signed(String topic, RawBody body) {
        return ShopifySigner.create(SECRET).sign(unsigned(topic, body).build());
    }

    /** A delivery of {@code topic} carrying fixture {@code name}, signed with {@link #SECRET}. */
    static WebhookRequest signedFixture(String topic, String name) {
        return signed(topic, fixture(name));
    }
}
