package io.webhooks4j.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookReply;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookServletTest {
    static final String SECRET = "whsec_servlet_test";
    static final long LIMIT = 4096;

    static final HmacTestProvider HMAC = new HmacTestProvider(SECRET, LIMIT);
    static final UrlSignedTestProvider URL_SIGNED = new UrlSignedTestProvider(SECRET);

    static final List<HmacTestProvider.HmacEvent> handled = new CopyOnWriteArrayList<>();
    static final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    static JettyServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        Webhooks webhooks = Webhooks.builder()
                .provider(HMAC)
                .provider(URL_SIGNED)
                .on(HmacTestProvider.ORDER_PAID, handled::add)
                .onReply(
                        UrlSignedTestProvider.MESSAGE,
                        event -> WebhookReply.xml("<Response><Message>Hi "
                                + event.form().first("From").orElse("?") + "</Message></Response>"))
                .observer(
                        new WebhookObserver() { // the module README's example
                            @Override
                            public void onOutcome(DeliveryOutcome outcome) {
                                String provider =
                                        outcome.reason() == Reason.UNKNOWN_PROVIDER ? "unknown" : outcome.provider();
                                outcomes.computeIfAbsent(
                                                provider + " " + outcome.kind().code() + " " + outcome.status(),
                                                key -> new LongAdder())
                                        .increment();
                            }
                        })
                .build();
        server = JettyServer.start(30_000, context -> {
            context.addServlet(new WebhookServlet(webhooks), "/webhooks/*");
            context.addServlet(WebhookServlet.forProvider(webhooks, HmacTestProvider.ID), "/orders/*");
        });
        client = Http.client();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void clear() {
        handled.clear();
        outcomes.clear();
    }

    static WebhookRequest hmacDelivery(String body) {
        return HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .body(body)
                .build());
    }

    static String bodyOfSize(int size) {
        StringBuilder json = new StringBuilder("{\"pad\":\"");
        while (json.length() < size - 2) {
            json.append('x');
        }
        return json.append("\"}").toString();
    }

    @Test
    void validDeliveryRunsTheHandlerAndAnswers200() {
        WebhookRequest delivery = hmacDelivery("{\"order\":42,\"note\":\"caf\u00e9\"}");

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/webhooks/hmac"), delivery).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(handled).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("order.paid");
            assertThat(event.payload().get("order").asInt()).isEqualTo(42);
            assertThat(event.payload().get("note").asText()).isEqualTo("caf\u00e9");
            assertThat(event.deliveryId())
                    .isEqualTo(delivery.header(HmacTestProvider.DELIVERY).orElseThrow());
        });
    }

    @Test
    void handlerReplyIsWrittenWithItsStatusContentTypeAndBody() {
        String url = server.url("/webhooks/urlsigned");
        WebhookRequest delivery = URL_SIGNED.sign(WebhookRequest.builder()
                .url(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("From=%2B15550001111&Body=hello+there")
                .build());

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/webhooks/urlsigned"), delivery).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(response.body()).isEqualTo("<Response><Message>Hi +15550001111</Message></Response>");
    }

    @Test
    void tamperedBodyIsRejectedWith401AndNoHandlerRuns() {
        WebhookRequest signed = hmacDelivery("{\"order\":42}");
        WebhookRequest tampered = signed.toBuilder().body("{\"order\":43}").build();

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/webhooks/hmac"), tampered).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).contains("\"error\":\"no_matching_signature\"");
        assertThat(handled).isEmpty();
    }

    @Test
    void getIsAnswered405ByTheCoreWithAllowPost() {
        HttpResponse<String> response = Http.send(
                client,
                HttpRequest.newBuilder(server.uri("/webhooks/hmac"))
                        .timeout(Http.TIMEOUT)
                        .GET()
                        .build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(response.body()).contains("\"error\":\"method_not_allowed\"");
        assertThat(outcomes).containsKey("hmac rejected 405");
    }

    @Test
    void putWithASignedBodyIsStill405() {
        WebhookRequest delivery = hmacDelivery("{\"order\":42}");
        HttpRequest.Builder put = HttpRequest.newBuilder(server.uri("/webhooks/hmac"))
                .timeout(Http.TIMEOUT)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(delivery.body().toByteArray()));
        Http.headers(put, delivery);

        HttpResponse<String> response = Http.send(client, put.build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(handled).isEmpty();
    }

    @Test
    void unknownProviderIs404() {
        WebhookRequest delivery = hmacDelivery("{\"order\":42}");

        assertThat(Http.send(
                                client,
                                Http.post(server.uri("/webhooks/nope"), delivery)
                                        .build())
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.send(
                                client,
                                Http.post(server.uri("/webhooks/hmac/extra"), delivery)
                                        .build())
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.send(
                                client,
                                Http.post(server.uri("/webhooks/"), delivery).build())
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/webhooks/nope"), delivery).build());
        assertThat(response.body()).contains("\"error\":\"unknown_provider\"");
        assertThat(handled).isEmpty();
    }

    @Test
    void servletForOneProviderHandlesEveryPathItIsMountedAt() {
        WebhookRequest delivery = hmacDelivery("{\"order\":7}");

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/orders/anything"), delivery).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handled).hasSize(1);
    }

    @Test
    void servletForAnUnregisteredProviderIsRefused() {
        Webhooks webhooks = Webhooks.builder().provider(HMAC).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookServlet.forProvider(webhooks, "stripe"))
                .withMessageContaining("stripe")
                .withMessageContaining("hmac");
    }

    @Test
    void everyValueOfEveryHeaderReachesTheCore() {
        WebhookRequest delivery = hmacDelivery("{\"order\":42}");
        HttpRequest request = Http.post(server.uri("/webhooks/hmac"), delivery)
                .header("X-Multi", "one")
                .header("x-multi", "two, three")
                .build();

        assertThat(Http.send(client, request).statusCode()).isEqualTo(200);

        assertThat(handled).singleElement().satisfies(event -> {
            assertThat(event.headers().all("X-MULTI")).containsExactly("one", "two, three");
            assertThat(event.headers().first("x-hmac-event")).contains("order.paid");
        });
    }

    @Test
    void contentLengthAboveTheLimitIs413() {
        WebhookRequest delivery = hmacDelivery(bodyOfSize((int) LIMIT + 1));

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/webhooks/hmac"), delivery).build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"body_too_large\"");
        assertThat(handled).isEmpty();
    }

    @Test
    void bodyExactlyAtTheLimitIsHandled() {
        WebhookRequest delivery = hmacDelivery(bodyOfSize((int) LIMIT));
        assertThat(delivery.body().length()).isEqualTo((int) LIMIT);

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/webhooks/hmac"), delivery).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(handled).hasSize(1);
    }

    @Test
    void contentLengthAboveTheLimitIsAnsweredBeforeAByteOfBodyIsSent() throws IOException {
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(5))) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /app/webhooks/hmac HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 50000000\r\n\r\n")
                    .getBytes(UTF_8));
            out.flush();

            String response = Http.readResponse(socket);

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response.toLowerCase()).contains("connection: close");
            assertThat(response).contains("body_too_large");
            assertThat(Http.closedByServer(socket)).as("connection closed").isTrue();
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void chunkedBodyAboveTheLimitIs413() {
        WebhookRequest delivery = hmacDelivery(bodyOfSize((int) LIMIT * 4));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/webhooks/hmac"))
                .timeout(Http.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(delivery.body().toByteArray())));
        Http.headers(request, delivery);

        HttpResponse<String> response = Http.send(client, request.build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Connection")).contains("close");
        assertThat(handled).isEmpty();
    }

    @Test
    void chunkedBodyWithinTheLimitIsHandled() {
        WebhookRequest delivery = hmacDelivery(bodyOfSize(3000));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/webhooks/hmac"))
                .timeout(Http.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(delivery.body().toByteArray())));
        Http.headers(request, delivery);

        assertThat(Http.send(client, request.build()).statusCode()).isEqualTo(200);
        assertThat(handled).hasSize(1);
    }

    @Test
    void endlessChunkedBodyIsCutAtTheLimitAndTheConnectionClosed() throws Exception {
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(5))) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /app/webhooks/hmac HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(UTF_8));
            Thread writer = new Thread(() -> {
                byte[] chunk = ("400\r\n" + "x".repeat(0x400) + "\r\n").getBytes(UTF_8);
                try {
                    for (int i = 0; i < 4096; i++) { // up to 4 MiB, far past the limit
                        out.write(chunk);
                    }
                } catch (IOException expected) {
                    // the server stopped reading and closed the connection
                }
            });
            writer.setDaemon(true);
            writer.start();

            String response = Http.readResponse(socket);

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response.toLowerCase()).contains("connection: close");
            writer.join(5000);
            assertThat(writer.isAlive()).as("client writer released").isFalse();
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void observerSeesEveryOutcome() {
        Http.send(
                client,
                Http.post(server.uri("/webhooks/hmac"), hmacDelivery("{\"order\":1}"))
                        .build());
        Http.send(
                client,
                Http.post(
                                server.uri("/webhooks/hmac"),
                                hmacDelivery("{}").toBuilder().body("{\"x\":1}").build())
                        .build());

        Http.send(
                client,
                Http.post(server.uri("/webhooks/random-1"), hmacDelivery("{}")).build());
        Http.send(
                client,
                Http.post(server.uri("/webhooks/random-2"), hmacDelivery("{}")).build());

        assertThat(outcomes.get("hmac handled 200")).hasValue(1);
        assertThat(outcomes.get("hmac rejected 401")).hasValue(1);
        assertThat(outcomes.get("unknown rejected 404")).hasValue(2);
        assertThat(outcomes).hasSize(3);
    }
}
