package io.webhooks4j.shopify;

import static io.webhooks4j.shopify.ShopifyFixtures.SECRET;
import static io.webhooks4j.shopify.ShopifyFixtures.fixture;
import static io.webhooks4j.shopify.ShopifyFixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhooks4j.Keyring;
import io.webhooks4j.RawBody;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.WebhookVerificationException;
import io.webhooks4j.spi.WebhookParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shopify's own verifier rules (the shared contract runs in {@link ShopifyCompatibilityTest}). */
class ShopifyVerifierTest {
    private static ShopifyWebhookVerifier verifier() {
        return ShopifyWebhookVerifier.create(SECRET);
    }

    @Test
    void hexHmacIsRejectedWithAReasonSayingItLooksLikeHex() {
        RawBody body = fixture("orders-create.json");
        String hex = HexFormat.of()
                .formatHex(
                        Base64.getDecoder().decode(ShopifySigner.create(SECRET).signature(body)));
        WebhookRequest request = unsigned("orders/create", body)
                .header("X-Shopify-Hmac-Sha256", hex)
                .build();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier().verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER))
                .withMessageContaining("looks like hex")
                .withMessageContaining("base64");
    }

    @Test
    void hmacOfAnotherLengthIsMalformed() {
        WebhookRequest request = unsigned("orders/create", fixture("orders-create.json"))
                .header("X-Shopify-Hmac-Sha256", "c2hvcnQ=")
                .build();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier().verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER))
                .withMessageContaining("decodes to 5 bytes");
    }

    @Test
    void hmacSentTwiceIsMalformed() {
        WebhookRequest request = ShopifyFixtures.signed("orders/create", fixture("orders-create.json"));
        WebhookRequest twice = request.toBuilder()
                .header(
                        "X-Shopify-Hmac-Sha256",
                        request.header("X-Shopify-Hmac-Sha256").orElseThrow())
                .build();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier().verify(twice))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
    }

    @Test
    void emptyHmacIsMissing() {
        WebhookRequest request = unsigned("orders/create", fixture("orders-create.json"))
                .header("X-Shopify-Hmac-Sha256", "  ")
                .build();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier().verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER));
    }

    @Test
    void invalidHmacIsAnAuthenticationFailureEvenWhenRequiredHeadersAreMissing() {
        WebhookRequest request = WebhookRequest.builder()
                .url(ShopifyFixtures.URL)
                .header(
                        "X-Shopify-Hmac-Sha256",
                        ShopifySigner.create("another app").signature(RawBody.ofUtf8("{}")))
                .body("{}")
                .build();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier().verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE))
                .satisfies(e -> assertThat(e.reason().status()).isEqualTo(401));
    }

    @Test
    void authenticDeliveryWithoutTopicIsMissingEventType() {
        WebhookRequest request = ShopifyFixtures.signed("orders/create", fixture("orders-create.json")).toBuilder()
                .removeHeader("X-Shopify-Topic")
                .build();

        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> verifier().verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_EVENT_TYPE))
                .withMessageContaining("X-Shopify-Topic");
    }

    @Test
    void authenticDeliveryWithoutShopDomainApiVersionOrWebhookIdIsMissingRequiredHeader() {
        for (String header : List.of("X-Shopify-Shop-Domain", "X-Shopify-API-Version", "X-Shopify-Webhook-Id")) {
            WebhookRequest request = ShopifyFixtures.signed("orders/create", fixture("orders-create.json")).toBuilder()
                    .removeHeader(header)
                    .build();

            assertThatExceptionOfType(WebhookParseException.class)
                    .as(header)
                    .isThrownBy(() -> verifier().verify(request))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_REQUIRED_HEADER))
                    .withMessageContaining(header);
        }
    }

    @Test
    void acceptsEventDeliveriesWithUnprefixedHeaders() {
        RawBody body = fixture("orders-create.json");
        WebhookRequest request = WebhookRequest.builder()
                .url(ShopifyFixtures.URL)
                .header("shopify-topic", "orders/create")
                .header("shopify-shop-domain", ShopifyFixtures.SHOP)
                .header("shopify-api-version", "2026-07")
                .header("shopify-event-id", "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")
                .header("shopify-hmac-sha256", ShopifySigner.create(SECRET).signature(body))
                .body(body)
                .build();

        assertThat(verifier().verify(request).keyId()).isEqualTo("key-1");
    }

    @Test
    void eventDeliveryWithoutWebhookOrEventIdIsMissingRequiredHeader() {
        RawBody body = RawBody.ofUtf8("{\"id\":1}");
        WebhookRequest request = WebhookRequest.builder()
                .header("shopify-topic", "orders/create")
                .header("shopify-shop-domain", ShopifyFixtures.SHOP)
                .header("shopify-api-version", "2026-07")
                .header("shopify-hmac-sha256", ShopifySigner.create(SECRET).signature(body))
                .body(body)
                .build();

        assertThatExceptionOfType(WebhookParseException.class)
                .isThrownBy(() -> verifier().verify(request))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_REQUIRED_HEADER))
                .withMessageContaining("shopify-event-id");
    }

    @Test
    void signerUsesTheRequestsHeaderFamily() {
        WebhookRequest events = ShopifySigner.create(SECRET)
                .sign(WebhookRequest.builder()
                        .header("shopify-topic", "orders/create")
                        .body("{}")
                        .build());

        assertThat(events.headers().contains("shopify-hmac-sha256")).isTrue();
        assertThat(events.headers().contains("X-Shopify-Hmac-Sha256")).isFalse();
    }

    @Test
    void diagnosisPointsAtAnAccessTokenUsedAsSecret() {
        WebhookRequest request = ShopifyFixtures.signed("orders/create", fixture("orders-create.json"));
        ShopifyWebhookVerifier wrong = ShopifyProvider.builder()
                .keyring(Keyring.of("shpat_0123456789abcdef0123456789abcdef"))
                .build()
                .verifier();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> wrong.verify(request))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses())
                        .anySatisfy(cause -> assertThat(cause).contains("access token")))
                .satisfies(e -> assertThat(e.diagnosis().explain()).doesNotContain("shpat_0123456789abcdef"))
                .satisfies(e -> assertThat(e.diagnosis().signedContents()).hasSize(1));
    }

    @Test
    void diagnosisSpotsABodyReencodedWithCrlf() {
        WebhookRequest request = ShopifyFixtures.signed("orders/create", fixture("orders-create.json"));
        WebhookRequest reencoded = request.toBuilder()
                .body(request.body().utf8().replace("\n", "\r\n"))
                .build();

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier().verify(reencoded))
                .satisfies(e -> assertThat(e.diagnosis().likelyCauses())
                        .anySatisfy(cause -> assertThat(cause).contains("CRLF")));
    }

    @Test
    void verifiesABodyWithUnicodeTitlesAndEmojiOnItsExactBytes() {
        RawBody body = fixture("products-update.json");
        assertThat(body.utf8()).contains("「冬」 ☕🍵", "🍒");

        assertThat(verifier()
                        .verify(ShopifyFixtures.signed("products/update", body))
                        .keyId())
                .isEqualTo("key-1");
    }

    @Test
    void escapedAndLiteralUnicodeAreDifferentBytesAndDifferentSignatures() {
        RawBody literal = RawBody.ofUtf8("{\"title\":\"Tasse ☕\"}");
        RawBody escaped = RawBody.ofUtf8("{\"title\":\"Tasse \\u2615\"}");
        WebhookRequest signedLiteral = ShopifyFixtures.signed("products/update", literal);

        assertThatExceptionOfType(WebhookVerificationException.class)
                .isThrownBy(() -> verifier()
                        .verify(signedLiteral.toBuilder().body(escaped).build()))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
    }

    @Test
    void toStringShowsKeyIdsOnly() {
        assertThat(ShopifyWebhookVerifier.create(SECRET).toString())
                .contains("key-1")
                .doesNotContain(SECRET);
        assertThat(ShopifySigner.create(SECRET).toString()).doesNotContain(SECRET);
    }
}
