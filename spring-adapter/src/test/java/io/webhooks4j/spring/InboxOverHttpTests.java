package io.webhooks4j.spring;

import static io.webhooks4j.spring.InboxAutoConfigurationTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.webhooks4j.Delivery;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * A whole application on embedded Tomcat in inbox mode on H2, with Actuator exposing the inbox endpoint with
 * unrestricted access: a delivery is answered before its handler runs, a worker handles it; a failing listener is
 * retried until dead and the endpoint's retry brings it back; health and gauges over the real stack (#19).
 */
@SpringBootTest(
        classes = {HttpTestApplication.class, InboxOverHttpTests.App.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET,
            "webhooks.inbox.mode=inbox",
            "webhooks.inbox.create-schema=true",
            "webhooks.inbox.workers=2",
            "webhooks.inbox.poll-interval=100ms",
            "webhooks.inbox.initial-backoff=100ms",
            "webhooks.inbox.max-backoff=200ms",
            "webhooks.inbox.max-attempts=3",
            "management.endpoints.web.exposure.include=health,webhooksinbox",
            "management.endpoint.webhooksinbox.access=unrestricted",
            "management.endpoint.health.show-details=always",
            HttpTestApplication.WITHOUT_SECURITY
        })
@DirtiesContext // stops this application's workers after the class
class InboxOverHttpTests {
    @LocalServerPort
    int port;

    @Autowired
    Gate gate;

    @Autowired
    Inbox inbox;

    @Autowired
    MeterRegistry registry;

    /** The listener: blocks deliveries named slow-* until released, fails those named failing-* while asked to. */
    static class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> handled = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        volatile boolean failing = true;
        volatile String slowThread;

        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event, Delivery delivery) throws InterruptedException {
            if (event.deliveryId().startsWith("slow")) {
                slowThread = Thread.currentThread().getName();
                entered.countDown();
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } else if (event.deliveryId().startsWith("failing") && failing) {
                failures.incrementAndGet();
                throw new IllegalStateException("the billing service is down");
            }
            handled.add(event.deliveryId() + " attempt " + delivery.attempt());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class App {
        @Bean
        DataSource dataSource() {
            return TestDataSource.h2("http");
        }

        @Bean
        Gate gate() {
            return new Gate();
        }
    }

    @Test
    void aDeliveryIsAnsweredBeforeItsHandlerRunsThenAWorkerHandlesIt() throws Exception {
        // inline, the handler would hold the answer until released: the socket's read timeout would fail this
        RawHttp.Answer answer = InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("slow-1"));
        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        assertThat(gate.release.getCount())
                .as("the handler is not released yet")
                .isEqualTo(1);

        assertThat(gate.entered.await(20, TimeUnit.SECONDS))
                .as("a worker ran the handler")
                .isTrue();
        assertThat(gate.slowThread).startsWith("webhooks4j-inbox-");
        assertThat(gate.handled).doesNotContain("slow-1 attempt 1");
        gate.release.countDown();
        await(() -> gate.handled.contains("slow-1 attempt 1"));

        // a provider's retry of it is a duplicate, answered without running it again
        assertThat(InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("slow-1"))
                        .status())
                .isEqualTo(200);
        JsonNode done = InboxHttp.get(port, "/actuator/webhooksinbox?state=done&provider=stripe")
                .json();
        assertThat(done.path("deliveries").findValuesAsString("deliveryId")).contains("slow-1");
        assertThat(gate.handled.stream().filter(h -> h.startsWith("slow-1"))).hasSize(1);
    }

    @Test
    void aFailingListenerIsRetriedThenDeadAndTheEndpointsRetryBringsItBack() throws Exception {
        WebhookRequest delivery = Deliveries.invoicePaid("failing-1");
        assertThat(InboxHttp.deliver(port, "stripe", delivery).status()).isEqualTo(200);
        await(() -> inbox.counts().get(InboxState.DEAD) >= 1);
        assertThat(gate.failures.get()).as("attempts").isEqualTo(3);

        InboxHttp.Answer dead = InboxHttp.get(port, "/actuator/webhooksinbox?state=dead&limit=10");
        assertThat(dead.status()).isEqualTo(200);
        JsonNode row = dead.json().path("deliveries").get(0);
        assertThat(row.path("deliveryId").asString()).isEqualTo("failing-1");
        assertThat(row.path("attempts").asInt()).isEqualTo(3);
        assertThat(row.path("lastError").asString()).contains("the billing service is down");
        long id = row.path("id").asLong();

        InboxHttp.Answer shown = InboxHttp.get(port, "/actuator/webhooksinbox/" + id);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().path("headerNames").toString()).contains(FakeProvider.SIGNATURE);
        assertThat(shown.json().path("bodyBytes").asInt())
                .isEqualTo(delivery.body().length());
        assertThat(shown.body())
                .doesNotContain(delivery.header(FakeProvider.SIGNATURE).orElseThrow())
                .doesNotContain("amountPaid");
        assertThat(InboxHttp.get(port, "/actuator/webhooksinbox/" + (id + 1000)).status())
                .isEqualTo(404);

        gate.failing = false; // the cause is fixed
        InboxHttp.Answer retried = InboxHttp.post(port, "/actuator/webhooksinbox/retry", "{\"id\": " + id + "}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("count").asInt()).isEqualTo(1);
        await(() -> gate.handled.contains("failing-1 attempt 1"));
        await(() -> inbox.find(id).orElseThrow().state() == InboxState.DONE);

        InboxHttp.Answer bad = InboxHttp.post(port, "/actuator/webhooksinbox/purge", "{\"state\": \"pending\"}");
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void healthAndGaugesReportTheInbox() throws Exception {
        InboxHttp.Answer health = InboxHttp.get(port, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode component = health.json().path("components").path("webhooksInbox");
        assertThat(component.path("status").asString()).isEqualTo("UP");
        assertThat(component.path("details").path("deliveries").has("dead")).isTrue();
        assertThat(component.path("details").path("durable").asBoolean()).isTrue();

        assertThat(registry.get(InboxMetrics.DELIVERIES)
                        .tag("state", "pending")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(0.0);
    }
}
