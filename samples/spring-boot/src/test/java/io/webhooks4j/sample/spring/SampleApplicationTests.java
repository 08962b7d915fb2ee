package io.webhooks4j.sample.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Posts one signed delivery per provider to the running application over HTTP, signed by each provider's own
 * signer with the configured (development) secrets, and checks the listeners, the metrics and the endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    @LocalServerPort
    int port;

    @Autowired
    Webhooks webhooks;

    @Autowired
    Received received;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void receivesSignedDeliveriesFromAllFiveProviders() throws Exception {
        assertThat(webhooks.providerIds())
                .containsExactlyInAnyOrder("stripe", "github", "twilio", "pagerduty", "shopify");

        assertThat(post("stripe", json("""
                {"id": "evt_sample_1", "object": "event", "api_version": "2025-10-29.clover", "created": 1764244800,
                 "livemode": false, "pending_webhooks": 1, "type": "invoice.paid",
                 "request": {"id": null, "idempotency_key": null},
                 "data": {"object": {"id": "in_sample_1", "object": "invoice", "amount_paid": 2500,
                                     "currency": "eur", "customer": "cus_sample_1", "status": "paid"}}}
                """, "stripe")).statusCode()).isEqualTo(200);

        assertThat(post(
                                "github",
                                json("""
                {"action": "opened", "number": 7,
                 "pull_request": {"id": 1001, "number": 7, "state": "open", "title": "Add webhooks",
                                  "head": {"ref": "feature", "sha": "0123456789abcdef0123456789abcdef01234567"},
                                  "base": {"ref": "main", "sha": "89abcdef0123456789abcdef0123456789abcdef"}},
                 "repository": {"id": 42, "name": "shop", "full_name": "example/shop"},
                 "sender": {"login": "octocat", "id": 1}}
                """, "github").toBuilder()
                                        .setHeader("X-GitHub-Event", "pull_request")
                                        .setHeader("X-GitHub-Hook-ID", "123456")
                                        .build())
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> sms = post(
                "twilio",
                WebhookRequest.builder()
                        .method("POST")
                        .url(url("twilio"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .body("MessageSid=SM00000000000000000000000000000001&SmsSid=SM00000000000000000000000000000001"
                                + "&AccountSid=AC00000000000000000000000000000001&From=%2B15550001111"
                                + "&To=%2B15550002222&Body=Hello+there&NumMedia=0&NumSegments=1&ApiVersion=2010-04-01")
                        .build());
        assertThat(sms.statusCode()).isEqualTo(200);
        assertThat(sms.body()).contains("<Message>Thanks, got: Hello there</Message>");

        assertThat(post("pagerduty", json("""
                {"event": {"id": "01SAMPLE0000000000000000001", "event_type": "incident.triggered",
                           "resource_type": "incident", "occurred_at": "2026-11-27T12:00:00.000Z",
                           "agent": null, "client": null,
                           "data": {"id": "PSAMPLE1", "type": "incident", "number": 42, "status": "triggered",
                                    "title": "Disk full on db-1", "urgency": "high",
                                    "created_at": "2026-11-27T12:00:00Z"}}}
                """, "pagerduty")).statusCode()).isEqualTo(200);

        assertThat(post(
                                "shopify",
                                json("""
                {"id": 5550001, "name": "#1001", "email": "buyer@example.com", "currency": "EUR",
                 "total_price": "19.90", "financial_status": "paid", "line_items": []}
                """, "shopify").toBuilder()
                                        .setHeader("X-Shopify-Topic", "orders/create")
                                        .setHeader("X-Shopify-Shop-Domain", "sample-shop.myshopify.com")
                                        .build())
                        .statusCode())
                .isEqualTo(200);

        // inbox mode: answered once stored; the workers run the listeners (Twilio's replying one ran inline)
        awaitLines(5);
        assertThat(received.lines())
                .containsExactlyInAnyOrder(
                        "stripe invoice.paid in_sample_1 amount_paid=2500",
                        "github pull_request.opened #7",
                        "twilio message.incoming from +15550001111: Hello there",
                        "pagerduty incident.triggered Disk full on db-1",
                        "shopify orders/create #1001");

        // A forged delivery is refused and reported.
        HttpResponse<String> forged = send(json("{\"id\":\"evt_forged\"}", "stripe").toBuilder()
                .setHeader("Stripe-Signature", "t=1764244800,v1=" + "0".repeat(64))
                .build());
        assertThat(forged.statusCode()).isEqualTo(401);

        // Twilio's SMS listener replies (TwiML), so it runs inline; the others were stored, then handled by a worker
        assertThat(meters.get("webhooks.deliveries")
                        .tag("provider", "twilio")
                        .tag("outcome", "handled")
                        .timer()
                        .count())
                .isEqualTo(1);
        for (String provider : List.of("stripe", "github", "pagerduty", "shopify")) {
            assertThat(meters.get("webhooks.deliveries")
                            .tag("provider", provider)
                            .tag("outcome", "stored")
                            .timer()
                            .count())
                    .as("stored deliveries of %s", provider)
                    .isEqualTo(1);
            assertThat(meters.get("webhooks.inbox.attempts")
                            .tag("provider", provider)
                            .tag("outcome", "handled")
                            .counter()
                            .count())
                    .as("deliveries of %s handled by a worker", provider)
                    .isEqualTo(1);
        }
        assertThat(meters.get("webhooks.deliveries")
                        .tag("provider", "stripe")
                        .tag("outcome", "rejected")
                        .timer()
                        .count())
                .isEqualTo(1);

        HttpResponse<String> metric = get("/actuator/metrics/webhooks.deliveries");
        assertThat(metric.statusCode()).isEqualTo(200);

        HttpResponse<String> endpoint = get("/actuator/webhooks");
        assertThat(endpoint.statusCode()).isEqualTo(200);
        assertThat(endpoint.body())
                .contains("\"stripe\"", "\"github\"", "\"twilio\"", "\"pagerduty\"", "\"shopify\"", "\"key-1\"")
                .contains("\"handled\":5", "\"rejected\":1")
                .contains("no_matching_signature")
                .doesNotContain("DEVELOPMENT-ONLY");
    }

    private void awaitLines(int count) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (received.lines().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // the worker records its outcome just after the listener returns
        Thread.sleep(200);
    }

    /** A JSON delivery to {@code provider}, not yet signed. */
    private WebhookRequest json(String body, String provider) {
        return WebhookRequest.builder()
                .method("POST")
                .url(url(provider))
                .header("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private String url(String provider) {
        return "http://localhost:" + port + "/webhooks/" + provider;
    }

    /** Signs with the provider's own signer (the configured secret and the clock), then posts. */
    private HttpResponse<String> post(String provider, WebhookRequest unsigned) throws Exception {
        return send(webhooks.provider(provider).orElseThrow().sign(unsigned));
    }

    private HttpResponse<String> send(WebhookRequest delivery) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body().toByteArray()));
        for (String name : delivery.headers().names()) {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                delivery.headers().all(name).forEach(value -> request.header(name, value));
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
