package io.webhooks4j.spring;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.spi.Secret;

/** Signed deliveries for the fake providers. */
final class Deliveries {
    static final String STRIPE_SECRET = "whsec_test_secret_one";
    static final String STRIPE_SECOND_SECRET = "whsec_test_secret_two";
    static final String TWILIO_SECRET = "twilio_auth_token";

    private Deliveries() {}

    static WebhookRequest unsigned(String provider, String type, String deliveryId, String json) {
        WebhookRequest.Builder builder = WebhookRequest.builder()
                .method("POST")
                .url("https://hooks.example.com/webhooks/" + provider)
                .header("Content-Type", "application/json")
                .header(FakeProvider.EVENT, type)
                .body(json);
        if (deliveryId != null) {
            builder.header(FakeProvider.DELIVERY, deliveryId);
        }
        return builder.build();
    }

    static WebhookRequest signed(String provider, String type, String deliveryId, String json, String secret) {
        return FakeProvider.sign(unsigned(provider, type, deliveryId, json), Secret.of("any", secret));
    }

    static WebhookRequest invoicePaid(String deliveryId) {
        return signed("stripe", "invoice.paid", deliveryId, "{\"id\":\"in_1\",\"amountPaid\":2000}", STRIPE_SECRET);
    }

    static WebhookRequest sms(String deliveryId) {
        return signed(
                "twilio", "message.incoming", deliveryId, "{\"From\":\"+15550001\",\"Body\":\"hi\"}", TWILIO_SECRET);
    }
}
