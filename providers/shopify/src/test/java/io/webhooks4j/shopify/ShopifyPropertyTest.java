package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookResponse;
import io.webhooks4j.Webhooks;
import io.webhooks4j.testkit.DocumentedOutcomes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bodies and headers thrown at the whole pipeline: only documented outcomes, never a 500, no secret out. */
class ShopifyPropertyTest {
    private static final Webhooks WEBHOOKS = Webhooks.builder()
            .provider(ShopifyProvider.create(SECRET))
            .on(ShopifyEvents.ORDERS_CREATE, w -> w.payload().totalPrice())
            .on(ShopifyEvents.PRODUCTS_UPDATE, w -> w.payload().variants())
            .on(ShopifyEvents.ANY, w -> w.payload())
            .build();

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of(
                        "{}",
                        "[]",
                        "null",
                        "{\"total_price\": \"1e3\"}",
                        "{\"total_price\": \"abc\"}",
                        "{\"total_price\": 1e999999}",
                        "{\"id\": 99999999999999999999999}",
                        "{\"line_items\": [{\"price\": {}}]}",
                        "{\"variants\": \"none\"}",
                        "{\"created_at\": \"yesterday\"}",
                        "{\"financial_status\": \"teleported\"}",
                        "{\"title\": \"\\ud83d\"}",
                        "{\"a\":".repeat(300)),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789.e-abcnulltrsf ")
                        .ofMaxLength(120));
    }

    @Provide
    Arbitrary<String> topics() {
        return Arbitraries.oneOf(
                Arbitraries.of("orders/create", "products/update", "customers/redact", "shop/redact", "ORDERS_CREATE"),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> hmacs() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(64),
                Arbitraries.strings().withCharRange('a', 'f').numeric().ofLength(64),
                Arbitraries.strings()
                        .withCharRange('A', 'Z')
                        .withCharRange('a', 'z')
                        .numeric()
                        .withChars('+', '/')
                        .ofLength(43)
                        .map(s -> s + "="));
    }

    @Property(tries = 300)
    void anyInputGetsADocumentedOutcome(
            @ForAll("bodies") String body,
            @ForAll("topics") String topic,
            @ForAll("hmacs") String forgedHmac,
            @ForAll boolean signIt,
            @ForAll boolean dropShopDomain,
            @ForAll boolean eventHeaders) {
        String prefix = eventHeaders ? "shopify-" : "X-Shopify-";
        WebhookRequest.Builder builder = WebhookRequest.builder()
                .url(ShopifyFixtures.URL)
                .header(prefix + "Topic", topic)
                .header(prefix + "API-Version", "2026-07")
                .header(prefix + "Webhook-Id", "d1")
                .body(body);
        if (!dropShopDomain) {
            builder.header(prefix + "Shop-Domain", ShopifyFixtures.SHOP);
        }
        WebhookRequest request = builder.build();
        request = signIt
                ? ShopifySigner.create(SECRET).sign(request)
                : request.toBuilder().header(prefix + "Hmac-Sha256", forgedHmac).build();

        WebhookResponse response = WEBHOOKS.handle("shopify", request);

        DocumentedOutcomes.assertDocumented(response, SECRET);
        if (!signIt) {
            assertThat(response.status()).isIn(401, 200, 400);
        }
        if (signIt && dropShopDomain && !topic.isBlank()) {
            assertThat(response.status()).isEqualTo(400);
        }
        assertThat(List.of(200, 400, 401)).contains(response.status());
        assertThat(RawBody.ofUtf8(response.bodyAsString()).utf8()).doesNotContain(SECRET);
    }
}
