package io.webhooks4j.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.DeliveryOutcome;
import io.webhooks4j.Reason;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #17's one door: whatever the answer (404, 405, 413, 503, 400, 401, 408, 200), the servlet passes each
 * request into the pipeline exactly once ({@code onReceived} once, with this request's head) and the pipeline
 * gives exactly one outcome, whose status is the one on the wire. Both reading modes: non-blocking ({@code
 * async}) and the blocking fallback of a servlet registered without async support ({@code blocking}).
 */
class OneCallPerRequestTest {
    /** The body limit of both providers, and the budget of body bytes in flight. */
    static final int LIMIT = 1024 * 1024;
    /**
     * A held delivery's declared length: once more than its first 64 KiB chunk has arrived it holds all of it,
     * and no other delivery's first chunk fits the budget beside it.
     */
    static final int HELD = 1_000_000;

    static final int HELD_SENT = 70_000;

    static final HmacTestProvider HMAC = new HmacTestProvider("one-door-secret", LIMIT);
    static final UrlSignedTestProvider URL_SIGNED = new UrlSignedTestProvider("one-door-secret");
    static final String CASE = "X-Case";
    static final Duration DEADLINE = Duration.ofMillis(600);

    /** onReceived calls by the request's X-Case header. */
    static final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    static final List<DeliveryOutcome> outcomes = new CopyOnWriteArrayList<>();
    static final AtomicInteger handled = new AtomicInteger();
    static final AtomicInteger counter = new AtomicInteger();

    static Webhooks webhooks;
    static JettyServer server;

    @BeforeAll
    static void start() throws Exception {
        webhooks = Webhooks.builder()
                .provider(HMAC)
                .provider(URL_SIGNED)
                .maxBodyBytesInFlight(LIMIT)
                .on(HmacTestProvider.ORDER_PAID, event -> handled.incrementAndGet())
                .observer(new WebhookObserver() {
                    @Override
                    public void onReceived(String provider, WebhookRequest request) {
                        received.computeIfAbsent(request.header(CASE).orElse("?"), k -> new AtomicInteger())
                                .incrementAndGet();
                    }

                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        outcomes.add(outcome);
                    }
                })
                .build();
        WebhookServlet.Options options = WebhookServlet.Options.builder()
                .allowedHosts("127.0.0.1")
                .bodyTimeout(DEADLINE)
                .build();
        server = JettyServer.start(30_000, context -> {
            context.addServlet(new ServletHolder(new WebhookServlet(webhooks, options)), "/async/*");
            ServletHolder blocking = new ServletHolder(new WebhookServlet(webhooks, options));
            blocking.setAsyncSupported(false);
            context.addServlet(blocking, "/blocking/*");
            context.addFilter(
                    new ConsumedBodyTest.ParameterReadingFilter(),
                    "/consumed-async/*",
                    EnumSet.of(DispatcherType.REQUEST));
            context.addFilter(
                    new ConsumedBodyTest.ParameterReadingFilter(),
                    "/consumed-blocking/*",
                    EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new ServletHolder(new WebhookServlet(webhooks, options)), "/consumed-async/*");
            ServletHolder consumed = new ServletHolder(new WebhookServlet(webhooks, options));
            consumed.setAsyncSupported(false);
            context.addServlet(consumed, "/consumed-blocking/*");
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        received.clear();
        outcomes.clear();
        handled.set(0);
        HMAC.verifications.set(0);
    }

    /** A fresh X-Case value, so each request's onReceived calls are counted on their own. */
    static String newCase(String name) {
        return name + "-" + counter.incrementAndGet();
    }

    static WebhookRequest signed(String caseId, String body) {
        return HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .header(CASE, caseId)
                .body(body)
                .build());
    }

    /** The request's head as HTTP/1.1 text, up to and including the blank line. */
    static String head(String method, String path, String host, WebhookRequest delivery, String framing) {
        StringBuilder text = new StringBuilder(method + " " + JettyServer.CONTEXT + path + " HTTP/1.1\r\n");
        text.append("Host: ").append(host).append("\r\n");
        delivery.headers()
                .asMap()
                .forEach((name, values) -> values.forEach(
                        value -> text.append(name).append(": ").append(value).append("\r\n")));
        return text.append(framing).append("Connection: close\r\n\r\n").toString();
    }

    /** Sends {@code head} and {@code body} on a new connection; the whole response. */
    static String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(UTF_8));
            out.write(body);
            out.flush();
            return Http.readResponse(socket);
        }
    }

    static String post(String path, WebhookRequest delivery) throws IOException {
        byte[] body = delivery.body().toByteArray();
        return exchange(head("POST", path, "127.0.0.1", delivery, "Content-Length: " + body.length + "\r\n"), body);
    }

    /**
     * Asserts that request {@code caseId} entered the pipeline exactly once and ended in exactly one outcome,
     * of {@code status}, and that nothing more arrives after the answer.
     */
    static DeliveryOutcome assertOneCall(String caseId, String answer, int status) throws InterruptedException {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        // Observers are told before the answer is written; wait a little for anything that would come late.
        Thread.sleep(100);
        assertThat(received).as("onReceived calls per request").containsOnlyKeys(caseId);
        assertThat(received.get(caseId)).as("onReceived calls of %s", caseId).hasValue(1);
        assertThat(outcomes).as("outcomes of %s", caseId).singleElement().satisfies(o -> assertThat(o.status())
                .isEqualTo(status));
        return outcomes.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void unknownProviderIs404InOneCall(String mode) throws Exception {
        String id = newCase("404");

        String answer = post("/" + mode + "/nope", signed(id, "{\"order\":1}"));

        assertOneCall(id, answer, 404);
        assertThat(answer).contains("unknown_provider");
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void getIs405InOneCall(String mode) throws Exception {
        String id = newCase("405");
        WebhookRequest delivery = WebhookRequest.builder().header(CASE, id).build();

        String answer = exchange(head("GET", "/" + mode + "/hmac", "127.0.0.1", delivery, ""), new byte[0]);

        assertOneCall(id, answer, 405);
        assertThat(answer).contains("Allow: POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void contentLengthAboveTheLimitIs413InOneCallBeforeTheBodyIsSent(String mode) throws Exception {
        String id = newCase("413");
        WebhookRequest delivery = signed(id, "{}");

        String answer = exchange(
                head("POST", "/" + mode + "/hmac", "127.0.0.1", delivery, "Content-Length: " + (LIMIT + 1) + "\r\n"),
                new byte[0]);

        assertOneCall(id, answer, 413);
        assertThat(answer.toLowerCase()).contains("connection: close");
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aFullBudgetIs503InOneCallAndTheHeldDeliveryAlsoMakesOne(String mode) throws Exception {
        String holder = newCase("held");
        String id = newCase("503");
        try (Socket held = Http.socket(server.port(), Duration.ofSeconds(10))) {
            held.getOutputStream()
                    .write(head(
                                    "POST",
                                    "/" + mode + "/hmac",
                                    "127.0.0.1",
                                    signed(holder, "{}"),
                                    "Content-Length: " + HELD + "\r\n")
                            .getBytes(UTF_8));
            held.getOutputStream().write(" ".repeat(HELD_SENT).getBytes(UTF_8));
            held.getOutputStream().flush();
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (webhooks.bodyBytesInFlight() < HELD && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(webhooks.bodyBytesInFlight()).isEqualTo(HELD);

            String answer = exchange(
                    head(
                            "POST",
                            "/" + mode + "/hmac",
                            "127.0.0.1",
                            signed(id, "{}"),
                            "Content-Length: " + HELD + "\r\n"),
                    new byte[0]);

            assertThat(answer)
                    .startsWith("HTTP/1.1 503 ")
                    .contains("receiver_busy")
                    .contains("Retry-After");
            assertThat(received.get(id)).hasValue(1);
            assertThat(received.get(holder)).hasValue(1);
            assertThat(outcomes).filteredOn(o -> o.status() == 503).hasSize(1);
            // The held delivery times out (async) or is cut off once its sender goes (blocking): one outcome.
            if (mode.equals("async")) {
                assertThat(Http.readResponse(held)).startsWith("HTTP/1.1 408 ");
            }
        }
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (outcomes.size() < 2 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1).status()).isIn(408, 400);
        assertThat(received).containsOnlyKeys(id, holder);
        assertThat(received.get(holder)).hasValue(1);
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void brokenChunkingIs400UnreadableInOneCall(String mode) throws Exception {
        String id = newCase("400-unreadable");
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    (head("POST", "/" + mode + "/hmac", "127.0.0.1", signed(id, "{}"), "Transfer-Encoding: chunked\r\n")
                                    + "5\r\n{\"a\":\r\n")
                            .getBytes(UTF_8));
            out.flush();
            Thread.sleep(200); // the servlet is reading
            out.write("zz\r\n1\r\n}\r\n0\r\n\r\n".getBytes(UTF_8));
            out.flush();

            DeliveryOutcome outcome = assertOneCall(id, Http.readResponse(socket), 400);

            assertThat(outcome.reason()).isEqualTo(Reason.UNREADABLE_BODY);
        }
        assertThat(HMAC.verifications).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aBodyConsumedBeforeTheServletIs400InOneCall(String mode) throws Exception {
        String id = newCase("400-consumed");
        WebhookRequest delivery = HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(CASE, id)
                .body("payload=%7B%7D")
                .build());

        DeliveryOutcome outcome = assertOneCall(id, post("/consumed-" + mode + "/hmac", delivery), 400);

        assertThat(outcome.reason()).isEqualTo(Reason.BODY_INCOMPLETE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aSignedBodyThatIsNoJsonObjectIs400InOneCall(String mode) throws Exception {
        String id = newCase("400-malformed");

        DeliveryOutcome outcome = assertOneCall(id, post("/" + mode + "/hmac", signed(id, "[1]")), 400);

        assertThat(outcome.reason()).isEqualTo(Reason.MALFORMED_BODY);
        assertThat(HMAC.verifications).hasValue(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aForgedDeliveryIs401InOneCall(String mode) throws Exception {
        String id = newCase("401-forged");
        WebhookRequest forged =
                signed(id, "{\"order\":1}").toBuilder().body("{\"order\":2}").build();

        DeliveryOutcome outcome = assertOneCall(id, post("/" + mode + "/hmac", forged), 401);

        assertThat(outcome.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE);
        assertThat(handled).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aHostOutsideTheAllowListIs401InOneCall(String mode) throws Exception {
        String id = newCase("401-host");
        WebhookRequest delivery = URL_SIGNED.sign(WebhookRequest.builder()
                .url("http://other.example/app/" + mode + "/urlsigned")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(CASE, id)
                .body("From=%2B15550001111")
                .build());
        byte[] body = delivery.body().toByteArray();

        String answer = exchange(
                head(
                        "POST",
                        "/" + mode + "/urlsigned",
                        "other.example",
                        delivery,
                        "Content-Length: " + body.length + "\r\n"),
                body);

        DeliveryOutcome outcome = assertOneCall(id, answer, 401);
        assertThat(outcome.reason()).isEqualTo(Reason.HOST_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aDripPastTheDeadlineIs408InOneCall(String mode) throws Exception {
        String id = newCase("408");
        try (Drips drip = Drips.start(
                server.port(),
                JettyServer.CONTEXT + "/" + mode + "/hmac",
                CASE + ": " + id + "\r\n",
                1,
                1000,
                Duration.ofMillis(150),
                Duration.ofSeconds(5))) {
            String answer = Http.readResponse(drip.sockets().get(0));

            DeliveryOutcome outcome = assertOneCall(id, answer, 408);
            assertThat(outcome.reason()).isEqualTo(Reason.BODY_TIMEOUT);
            assertThat(answer.toLowerCase()).contains("connection: close");
        }
        assertThat(HMAC.verifications).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"async", "blocking"})
    void aValidDeliveryIs200InOneCall(String mode) throws Exception {
        String id = newCase("200");

        DeliveryOutcome outcome = assertOneCall(id, post("/" + mode + "/hmac", signed(id, "{\"order\":1}")), 200);

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.HANDLED);
        assertThat(handled).hasValue(1);
        assertThat(webhooks.bodyBytesInFlight()).isZero();
    }
}
