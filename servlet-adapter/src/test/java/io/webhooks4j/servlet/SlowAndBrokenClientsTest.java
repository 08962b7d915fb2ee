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
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that stall or vanish mid-body. The connector's idle timeout (the container's read timeout) is short
 * here, so a stalled read ends quickly; the reception then answers 400 or the connection is simply gone. Each
 * request enters the pipeline once, at its head ({@code onReceived}); a partial body is never verified.
 */
class SlowAndBrokenClientsTest {
    static final HmacTestProvider HMAC = new HmacTestProvider("slow-secret", 64 * 1024);
    static final AtomicInteger handled = new AtomicInteger();
    static final AtomicInteger received = new AtomicInteger();
    static final List<DeliveryOutcome> outcomes = new CopyOnWriteArrayList<>();
    static final InFlight inFlight = new InFlight();

    static JettyServer server;
    static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        Webhooks webhooks = Webhooks.builder()
                .provider(HMAC)
                .on(HmacTestProvider.ORDER_PAID, event -> handled.incrementAndGet())
                .observer(new WebhookObserver() {
                    @Override
                    public void onReceived(String provider, WebhookRequest request) {
                        received.incrementAndGet();
                    }

                    @Override
                    public void onOutcome(DeliveryOutcome outcome) {
                        outcomes.add(outcome);
                    }
                })
                .build();
        server = JettyServer.start(1_000, context -> {
            context.addFilter(inFlight, "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new WebhookServlet(webhooks), "/webhooks/*");
        });
        client = Http.client();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void clear() throws InterruptedException {
        // A previous test's vanished client may still be ending asynchronously (the servlet reads without a
        // thread): every request the servlet received ends in exactly one outcome, so wait for those first.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (outcomes.size() < received.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        handled.set(0);
        received.set(0);
        outcomes.clear();
        HMAC.verifications.set(0);
    }

    static int deliverValid() {
        WebhookRequest delivery = HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                .body("{\"order\":1}")
                .build());
        return Http.send(
                        client,
                        Http.post(server.uri("/webhooks/hmac"), delivery).build())
                .statusCode();
    }

    static void sendHead(OutputStream out, String framing) throws IOException {
        out.write(("POST /app/webhooks/hmac HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "X-Hmac-Event: order.paid\r\nX-Hmac-Signature: sha256=" + "0".repeat(64) + "\r\n"
                        + framing + "\r\n\r\n")
                .getBytes(UTF_8));
    }

    @Test
    void stalledBodyEndsWithTheReadTimeoutWhileTheServerKeepsServing() throws Exception {
        try (Socket stalled = Http.socket(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = stalled.getOutputStream();
            sendHead(out, "Content-Length: 200");
            out.write("{\"order\":".getBytes(UTF_8));
            out.flush();

            assertThat(deliverValid()).as("a delivery while another stalls").isEqualTo(200);

            String answer = Http.readResponse(stalled);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("unreadable_body");
            assertThat(answer.toLowerCase()).contains("connection: close");
        }
        assertThat(inFlight.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(deliverValid()).isEqualTo(200);
        assertThat(handled).hasValue(2);
        assertThat(received)
                .as("each of the three requests entered the pipeline once")
                .hasValue(3);
        assertThat(HMAC.verifications)
                .as("the stalled delivery was never verified")
                .hasValue(2);
        assertThat(outcomes)
                .filteredOn(o -> o.kind() == DeliveryOutcome.Kind.REJECTED)
                .singleElement()
                .satisfies(o -> assertThat(o.reason()).isEqualTo(Reason.UNREADABLE_BODY));
    }

    @Test
    void clientThatDisconnectsMidBodyLeavesNothingBehind() throws Exception {
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(5))) {
            OutputStream out = socket.getOutputStream();
            sendHead(out, "Content-Length: 1000");
            out.write(("{\"order\":1,\"pad\":\"" + "x".repeat(100)).getBytes(UTF_8));
            out.flush();
        }
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(5))) {
            OutputStream out = socket.getOutputStream();
            sendHead(out, "Transfer-Encoding: chunked");
            out.write("100\r\n{\"order\":1,\"pad\":\"xxxx".getBytes(UTF_8));
            out.flush();
        }

        assertThat(inFlight.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(HMAC.verifications).as("no partial body was verified").hasValue(0);
        assertThat(outcomes)
                .as("each vanished client's delivery ended as unreadable or incomplete, if at all")
                .allSatisfy(o -> assertThat(o.reason()).isIn(Reason.UNREADABLE_BODY, Reason.BODY_INCOMPLETE))
                .hasSizeLessThanOrEqualTo(2);
        assertThat(deliverValid()).isEqualTo(200);
        assertThat(handled).hasValue(1);
    }

    @Test
    void brokenChunkingIsAnswered400NotA500() throws Exception {
        try (Socket socket = Http.socket(server.port(), Duration.ofSeconds(5))) {
            OutputStream out = socket.getOutputStream();
            sendHead(out, "Transfer-Encoding: chunked");
            out.write("zz\r\n{}\r\n0\r\n\r\n".getBytes(UTF_8));
            out.flush();

            String answer = Http.readResponse(socket);

            assertThat(answer).startsWith("HTTP/1.1 400");
        }
        assertThat(inFlight.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(HMAC.verifications).as("the broken body was never verified").hasValue(0);
    }
}
