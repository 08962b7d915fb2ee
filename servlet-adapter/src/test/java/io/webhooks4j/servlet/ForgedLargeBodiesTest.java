package io.webhooks4j.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Forged deliveries as large as GitHub's 25 MiB cap (#15.4): before authentication they may only cost their
 * declared size, and the receiver holds at most its budget of body bytes in flight. Past the budget a
 * delivery is answered 503 {@code receiver_busy} with {@code Retry-After} before its body is read: never a
 * 500, never an out-of-memory error.
 */
class ForgedLargeBodiesTest {
    static final int MIB = 1024 * 1024;
    static final int LIMIT = 25 * MIB;
    /** Room for two 25 MiB bodies at once, and less than a third body's first 64 KiB chunk. */
    static final long BUDGET = 2L * LIMIT + 32 * 1024;

    /** More than the first 64 KiB chunk, so the reader has grown to the declared length. */
    static final int SENT_FIRST = 128 * 1024;

    static final HmacTestProvider BIG = new HmacTestProvider("large-secret", LIMIT);

    static void sendHead(OutputStream out, long length) throws IOException {
        out.write(("POST /app/webhooks/hmac HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "X-Hmac-Event: order.paid\r\nX-Hmac-Delivery: " + UUID.randomUUID() + "\r\n"
                        + "X-Hmac-Signature: sha256=" + "0".repeat(64) + "\r\n"
                        + "Content-Length: " + length + "\r\n\r\n")
                .getBytes(UTF_8));
        out.flush();
    }

    @Test
    void deliveriesBeyondTheBudgetGet503WithRetryAfterAndAValidOnePassesAfterwards() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        Webhooks webhooks = Webhooks.builder()
                .provider(BIG)
                .maxBodyBytesInFlight(BUDGET)
                .on(HmacTestProvider.ORDER_PAID, event -> handled.incrementAndGet())
                .build();
        byte[] forged = new byte[LIMIT];
        Arrays.fill(forged, (byte) ' ');
        forged[0] = '{';
        forged[LIMIT - 1] = '}';
        try (JettyServer server = JettyServer.start(30_000, context -> {
            context.addServlet(new WebhookServlet(webhooks), "/webhooks/*");
        })) {
            List<Socket> held = new ArrayList<>();
            try {
                // Two forged 25 MiB deliveries whose bodies are on their way fill the budget: once a body's first
                // 64 KiB chunk is full, it holds its whole declared length (a mere drip holds only that chunk).
                for (int i = 0; i < 2; i++) {
                    Socket socket = Http.socket(server.port(), Duration.ofSeconds(20));
                    held.add(socket);
                    sendHead(socket.getOutputStream(), LIMIT);
                    socket.getOutputStream().write(forged, 0, SENT_FIRST);
                    socket.getOutputStream().flush();
                }
                assertThat(awaitInFlight(webhooks, 2L * LIMIT))
                        .as("the two bodies in flight are counted against the budget, each by its declared length")
                        .isTrue();

                // Four more at the same time: no room, answered before their bodies are read.
                for (int i = 0; i < 4; i++) {
                    try (Socket busy = Http.socket(server.port(), Duration.ofSeconds(10))) {
                        sendHead(busy.getOutputStream(), LIMIT);
                        String answer = Http.readResponse(busy);
                        assertThat(answer).startsWith("HTTP/1.1 503").contains("receiver_busy");
                        assertThat(answer.toLowerCase(Locale.ROOT))
                                .contains("retry-after: ")
                                .contains("connection: close");
                    }
                }

                // The held ones finish: verified and refused as forged, not a 500.
                for (Socket socket : held) {
                    socket.getOutputStream().write(forged, SENT_FIRST, LIMIT - SENT_FIRST);
                    socket.getOutputStream().flush();
                }
                for (Socket socket : held) {
                    assertThat(Http.readResponse(socket)).startsWith("HTTP/1.1 401");
                }
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
            assertThat(awaitInFlight(webhooks, 0))
                    .as("every body's bytes are given back")
                    .isTrue();

            WebhookRequest valid = BIG.sign(WebhookRequest.builder()
                    .header(HmacTestProvider.EVENT, "order.paid")
                    .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                    .body("{\"order\":1}")
                    .build());
            HttpClient client = Http.client();
            assertThat(Http.send(
                                    client,
                                    Http.post(server.uri("/webhooks/hmac"), valid)
                                            .build())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(handled).hasValue(1);
        }
    }

    /** Polls (up to 10 s) until the pipeline holds exactly {@code bytes} body bytes. */
    static boolean awaitInFlight(Webhooks webhooks, long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.bodyBytesInFlight() != bytes && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return webhooks.bodyBytesInFlight() == bytes;
    }
}
