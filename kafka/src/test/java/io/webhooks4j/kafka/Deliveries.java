package io.webhooks4j.kafka;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.test.TestDeliveries;

/** Signed Stripe deliveries for the broker tests: one invoice ({@code resource}) and its n-th event ({@code seq}). */
final class Deliveries {
    static final String SECRET = "whsec_kafka_test_secret";

    private Deliveries() {}

    static String eventId(int resource, int seq) {
        return "evt_r" + resource + "_s" + seq;
    }

    static String body(int resource, int seq) {
        return "{\"id\":\"" + eventId(resource, seq) + "\",\"object\":\"event\",\"api_version\":\"2024-06-20\","
                + "\"created\":1700000000,\"livemode\":false,\"pending_webhooks\":1,"
                + "\"data\":{\"object\":{\"id\":\"in_" + resource + "\",\"object\":\"invoice\",\"number\":\"" + seq
                + "\",\"customer\":\"cus_1\",\"metadata\":{\"note\":\"Zoë 🎉\"}}},"
                + "\"type\":\"invoice.paid\"}";
    }

    static WebhookRequest signed(int resource, int seq) {
        return TestDeliveries.provider("stripe")
                .secrets(SECRET)
                .url("https://billing.example.com/webhooks/stripe")
                .body(body(resource, seq))
                .build();
    }
}
