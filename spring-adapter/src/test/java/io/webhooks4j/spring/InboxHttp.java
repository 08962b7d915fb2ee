package io.webhooks4j.spring;

import io.webhooks4j.WebhookRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** HTTP calls of the inbox tests: signed deliveries to the webhook paths, and Actuator's JSON. */
final class InboxHttp {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private InboxHttp() {}

    /** Posts {@code delivery} (its headers and body) to {@code /webhooks/<provider>} over a plain socket. */
    static RawHttp.Answer deliver(int port, String provider, WebhookRequest delivery) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        delivery.headers()
                .names()
                .forEach(name -> headers.put(name, delivery.headers().all(name).get(0)));
        return RawHttp.exchange(
                port, "POST", "/webhooks/" + provider, headers, delivery.body().toByteArray());
    }

    static Answer get(int port, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    static Answer post(int port, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(port, path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response =
                CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
