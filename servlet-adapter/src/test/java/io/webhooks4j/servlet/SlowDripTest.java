package io.webhooks4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import io.webhooks4j.Webhooks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Slow-drip bodies (#15.5): connections that declare a body and send a byte now and then. The servlet reads
 * them without holding a thread and answers 408 {@code body_timeout} with {@code Connection: close} at the
 * body deadline (short here); the filter, which must hand a blocking chain its request, holds a thread per
 * drip but no longer than the deadline plus one gap between bytes.
 */
class SlowDripTest {
    static final HmacTestProvider HMAC = new HmacTestProvider("drip-secret", 64 * 1024);
    static final int DRIPS = 200;
    static final Duration DEADLINE = Duration.ofSeconds(2);
    static final Duration GAP = Duration.ofMillis(500);
    /** Far longer than the deadline: without one, the drips outlast the valid delivery's patience. */
    static final Duration DRIP_FOR = Duration.ofSeconds(8);

    static WebhookRequest valid() {
        return HMAC.sign(WebhookRequest.builder()
                .header(HmacTestProvider.EVENT, "order.paid")
                .header(HmacTestProvider.DELIVERY, UUID.randomUUID().toString())
                .body("{\"order\":1}")
                .build());
    }

    static WebhookServlet.Options options() {
        return WebhookServlet.Options.builder().bodyTimeout(DEADLINE).build();
    }

    @Test
    void validDeliveryIsAnsweredWhile200DripsAreOpenAndTheDripsGet408AtTheDeadline() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        Webhooks webhooks = Webhooks.builder()
                .provider(HMAC)
                .on(HmacTestProvider.ORDER_PAID, event -> handled.incrementAndGet())
                .build();
        try (JettyServer server = JettyServer.start(30_000, context -> {
            context.addServlet(new WebhookServlet(webhooks, options()), "/webhooks/*");
        })) {
            HttpClient client = Http.client();
            try (Drips drips = Drips.start(server.port(), "/app/webhooks/hmac", DRIPS, 10_000, GAP, DRIP_FOR)) {
                Thread.sleep(300); // let Jetty take every drip's head
                long start = System.nanoTime();
                HttpResponse<String> response = Http.send(
                        client,
                        Http.post(server.uri("/webhooks/hmac"), valid())
                                .timeout(Duration.ofSeconds(5))
                                .build());
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println(
                        "SlowDripTest: valid delivery under " + DRIPS + " drips answered in " + millis + " ms");
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(handled).hasValue(1);

                for (Socket socket : drips.sockets()) {
                    String answer = Http.readResponse(socket);
                    assertThat(answer).startsWith("HTTP/1.1 408").contains("body_timeout");
                    assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");
                    assertThat(Http.closedByServer(socket)).isTrue();
                }
            }
            assertThat(webhooks.bodyBytesInFlight()).isZero();
            assertThat(Http.send(
                                    client,
                                    Http.post(server.uri("/webhooks/hmac"), valid())
                                            .build())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /** The user's servlet behind the filter. */
    static final class Ok extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(204);
        }
    }

    @Test
    void filterAnswersADrip408AtTheDeadlinePlusOneGap() throws Exception {
        Webhooks webhooks = Webhooks.builder().provider(HMAC).build();
        WebhookVerificationFilter filter = WebhookVerificationFilter.builder(webhooks)
                .path("/hooks/hmac", HmacTestProvider.ID)
                .options(options())
                .build();
        try (JettyServer server = JettyServer.start(30_000, context -> {
            context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
            context.addServlet(new Ok(), "/hooks/*");
        })) {
            try (Drips drips = Drips.start(server.port(), "/app/hooks/hmac", 3, 10_000, GAP, DRIP_FOR)) {
                for (Socket socket : drips.sockets()) {
                    String answer = Http.readResponse(socket);
                    assertThat(answer).startsWith("HTTP/1.1 408").contains("body_timeout");
                    assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");
                }
            }
        }
    }
}
