package io.webhooks4j.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookVerificationFilterTest {
    static final HmacTestProvider HMAC = new HmacTestProvider("filter-secret", 2048);
    static final UrlSignedTestProvider URL_SIGNED = new UrlSignedTestProvider("filter-secret");
    static final AtomicInteger servletCalls = new AtomicInteger();
    /** onReceived calls: the filter passes each request through the core's door once. */
    static final AtomicInteger received = new AtomicInteger();
    /** Body bytes the pipeline held while the user's servlet ran. */
    static final AtomicLong bytesHeldDuringChain = new AtomicLong(-1);

    static Webhooks webhooks;
    static JettyServer server;
    static HttpClient client;

    /** The user's own servlet: reads the body again every way there is and tells what it saw. */
    static final class EchoServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            servletCalls.incrementAndGet();
            bytesHeldDuringChain.set(webhooks.bodyBytesInFlight());
            StringBuilder out = new StringBuilder();
            Object event = request.getAttribute(WebhookVerificationFilter.EVENT_ATTRIBUTE);
            out.append("event=")
                    .append(event instanceof WebhookEvent e ? e.provider() + ":" + e.type() : "none")
                    .append('\n');
            byte[] streamed = request.getInputStream().readAllBytes();
            out.append("stream=")
                    .append(Base64.getEncoder().encodeToString(streamed))
                    .append('\n');
            String read;
            try {
                StringWriter text = new StringWriter();
                request.getReader().transferTo(text);
                read = Base64.getEncoder().encodeToString(text.toString().getBytes(UTF_8));
            } catch (IllegalStateException e) {
                read = "unavailable";
            }
            out.append("reader=").append(read).append('\n');
            out.append("length=").append(request.getContentLengthLong()).append('\n');
            Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
            parameters.forEach((name, values) -> out.append("param.")
                    .append(name)
                    .append('=')
                    .append(String.join("|", values))
                    .append('\n'));
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write(out.toString());
        }
    }

    @BeforeAll
    static void start() throws Exception {
        webhooks = Webhooks.builder()
                .provider(HMAC)
                .provider(URL_SIGNED)
                .observer(new WebhookObserver() {
                    @Override
                    public void onReceived(String provider, WebhookRequest request) {
                        received.incrementAndGet();
                    }
                })
                .build();
        WebhookVerificationFilter filter = WebhookVerificationFilter.builder(webhooks)
                .path("/hooks/hmac", HmacTestProvider.ID)
                .path("/hooks/form/", UrlSignedTestProvider.ID)
                .build();
        WebhookVerificationFilter behindProxy = WebhookVerificationFilter.builder(webhooks)
                .path("/proxied/form", UrlSignedTestProvider.ID)
                .options(WebhookServlet.Options.builder()
                        .trustedProxies("127.0.0.1")
                        .build())
                .build();
        server = JettyServer.start(30_000, context -> {
            context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(behindProxy, "/proxied/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new EchoServlet(), "/proxied/*");
            context.addServlet(new EchoServlet(), "/hooks/*");
            context.addServlet(new EchoServlet(), "/other/*");
        });
        client = Http.client();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void clear() {
        servletCalls.set(0);
        received.set(0);
        bytesHeldDuringChain.set(-1);
    }

    static WebhookRequest hmacDelivery(String body) {
        return HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                .header("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build());
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void verifiedDeliveryReachesTheUserServletWithTheEventAndTheSameBytes() {
        WebhookRequest delivery = hmacDelivery("{\"order\":42,\"note\":\"caf\u00e9 \u2713\"}\n");

        HttpResponse<String> response =
                Http.send(client, Http.post(server.uri("/hooks/hmac"), delivery).build());

        assertThat(response.statusCode()).isEqualTo(200);
        String bytes = b64(delivery.body().toByteArray());
        assertThat(response.body())
                .contains("event=hmac:order.paid\n")
                .contains("stream=" + bytes + "\n")
                .contains("reader=" + bytes + "\n")
                .contains("length=" + delivery.body().length() + "\n")
                .doesNotContain("param.");
        assertThat(servletCalls).hasValue(1);
    }

    @Test
    void eachRequestPassesTheCoresDoorOnceAndItsBytesAreHeldUntilTheChainReturns() {
        WebhookRequest delivery = hmacDelivery("{\"order\":7}");
        WebhookRequest tampered = delivery.toBuilder().body("{\"order\":8}").build();

        assertThat(Http.send(
                                client,
                                Http.post(server.uri("/hooks/hmac"), delivery).build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(received).as("one call for the verified delivery").hasValue(1);
        assertThat(bytesHeldDuringChain)
                .as("the reception stays open while the chain reads its bytes")
                .hasValue(delivery.body().length());
        assertThat(webhooks.bodyBytesInFlight())
                .as("and is closed when the chain returns")
                .isZero();

        assertThat(Http.send(
                                client,
                                Http.post(server.uri("/hooks/hmac"), tampered).build())
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.send(
                                client,
                                HttpRequest.newBuilder(server.uri("/hooks/hmac"))
                                        .timeout(Http.TIMEOUT)
                                        .GET()
                                        .build())
                        .statusCode())
                .isEqualTo(405);
        assertThat(received)
                .as("one call each for the forged delivery and the GET")
                .hasValue(3);
        assertThat(Http.send(client, Http.post(server.uri("/other/x"), delivery).build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(received)
                .as("a path that is not configured never reaches the core")
                .hasValue(3);
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @Test
    void formParametersAreDecodedFromTheVerifiedBytes() {
        String pathAndQuery = "/hooks/form/sms?channel=sms";
        WebhookRequest delivery = URL_SIGNED.sign(WebhookRequest.builder()
                .url(server.url(pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("From=%2B15550001111&Body=caf%C3%A9+ok&Body=second")
                .build());

        HttpResponse<String> response =
                Http.send(client, Http.post(server.uri(pathAndQuery), delivery).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("event=urlsigned:message\n")
                .contains("stream=" + b64(delivery.body().toByteArray()) + "\n")
                .contains("reader=" + b64(delivery.body().toByteArray()) + "\n")
                .contains("param.From=+15550001111\n")
                .contains("param.Body=caf\u00e9 ok|second\n")
                .contains("param.channel=sms\n");
    }

    @Test
    void aQueryStringCannotForgeParametersWhenOnlyTheBodyIsSigned() {
        // #15.6: GitHub-style form delivery (the HMAC covers the body, not the URL); the attacker replays it
        // with ?payload=... and ?extra=... added to the URL.
        WebhookRequest delivery = HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("payload=%7B%22order%22%3A42%7D")
                .build());

        HttpResponse<String> response = Http.send(
                client,
                Http.post(server.uri("/hooks/hmac?payload=%7B%22order%22%3A1%7D&extra=forged"), delivery)
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("event=hmac:order.paid\n")
                .contains("param.payload={\"order\":42}\n")
                .doesNotContain("forged")
                .doesNotContain("\"order\":1}");
    }

    @Test
    void filterFindsThePublicUrlBehindATrustedProxy() {
        WebhookRequest delivery = URL_SIGNED.sign(WebhookRequest.builder()
                .url("https://hooks.example.com/app/proxied/form")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("From=%2B15550001111")
                .build());
        HttpRequest request = Http.post(server.uri("/proxied/form"), delivery)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "hooks.example.com")
                .build();

        HttpResponse<String> response = Http.send(client, request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("event=urlsigned:message\n").contains("param.From=+15550001111\n");
    }

    @Test
    void tamperedDeliveryIsRejectedWith401AndTheServletNeverRuns() {
        WebhookRequest tampered = hmacDelivery("{\"order\":42}").toBuilder()
                .body("{\"order\":43}")
                .build();

        HttpResponse<String> response =
                Http.send(client, Http.post(server.uri("/hooks/hmac"), tampered).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).startsWith("{\"error\":\"no_matching_signature\",\"message\":");
        assertThat(servletCalls).hasValue(0);
    }

    @Test
    void getIsRejectedWith405() {
        HttpResponse<String> response = Http.send(
                client,
                HttpRequest.newBuilder(server.uri("/hooks/hmac"))
                        .timeout(Http.TIMEOUT)
                        .GET()
                        .build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(servletCalls).hasValue(0);
    }

    @Test
    void oversizedDeliveriesAreRejectedWith413ByLengthAndByChunkedBody() {
        WebhookRequest big = hmacDelivery("{\"pad\":\"" + "x".repeat(5000) + "\"}");

        HttpResponse<String> byLength =
                Http.send(client, Http.post(server.uri("/hooks/hmac"), big).build());
        HttpRequest.Builder chunked = HttpRequest.newBuilder(server.uri("/hooks/hmac"))
                .timeout(Http.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.body().toByteArray())));
        Http.headers(chunked, big);
        HttpResponse<String> byChunks = Http.send(client, chunked.build());

        assertThat(byLength.statusCode()).isEqualTo(413);
        assertThat(byChunks.statusCode()).isEqualTo(413);
        assertThat(byChunks.headers().firstValue("Connection")).contains("close");
        assertThat(servletCalls).hasValue(0);
    }

    @Test
    void pathsThatAreNotConfiguredPassThroughUntouched() {
        byte[] body = "{\"anything\":true}".getBytes(UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.uri("/other/thing"))
                .timeout(Http.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        HttpResponse<String> response = Http.send(client, request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("event=none\n")
                .contains("stream=" + b64(body) + "\n")
                .contains("reader=unavailable\n");
    }

    @Test
    void pathsMatchWholeSegmentsOnly() {
        WebhookRequest unsigned = WebhookRequest.builder().body("{}").build();

        HttpResponse<String> sibling = Http.send(
                client, Http.post(server.uri("/hooks/hmac-old"), unsigned).build());
        HttpResponse<String> below = Http.send(
                client, Http.post(server.uri("/hooks/hmac/eu"), unsigned).build());

        assertThat(sibling.statusCode()).isEqualTo(200);
        assertThat(sibling.body()).contains("event=none");
        assertThat(below.statusCode()).isEqualTo(401);
    }

    @Test
    void anEncodedSpellingOfAConfiguredPathIsStillVerified() {
        WebhookRequest unsigned = WebhookRequest.builder().body("{}").build();

        HttpResponse<String> response = Http.send(
                client, Http.post(server.uri("/hooks/%68mac"), unsigned).build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("missing_header");
        assertThat(servletCalls).hasValue(0);
    }

    @Test
    void builderNamesWhatIsMissingOrWrong() {
        assertThatIllegalStateException()
                .isThrownBy(() -> WebhookVerificationFilter.builder(webhooks).build())
                .withMessageStartingWith("paths");
        assertThatIllegalStateException()
                .isThrownBy(() -> WebhookVerificationFilter.builder(webhooks)
                        .path("/hooks/stripe", "stripe")
                        .build())
                .withMessageContaining("stripe");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookVerificationFilter.builder(webhooks).path("hooks", "hmac"))
                .withMessageStartingWith("path");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebhookVerificationFilter.builder(webhooks)
                        .path("/a", "hmac")
                        .path("/a/", "hmac"))
                .withMessageContaining("twice");
    }
}
