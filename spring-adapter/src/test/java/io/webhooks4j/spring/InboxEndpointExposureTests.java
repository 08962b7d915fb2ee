package io.webhooks4j.spring;

import static io.webhooks4j.spring.InboxAutoConfigurationTests.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxState;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.NestedTestConfiguration;

/**
 * The inbox endpoint is secured as every Actuator endpoint is: not exposed over HTTP unless the application exposes
 * it, read-only unless its access is unrestricted, and behind Spring Security's actuator rules when Security is on
 * (#19).
 */
@NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
class InboxEndpointExposureTests {
    static final String STRIPE = "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET;

    /** An always failing listener, so that a delivery ends dead after one attempt. */
    static class Failing {
        @WebhookListener("invoice.paid")
        void paid(FakeStripe.Event<FakeStripe.Invoice> event) {
            throw new IllegalStateException("always");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class App {
        @Bean
        DataSource dataSource() {
            return TestDataSource.h2("exposure");
        }

        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    @Nested
    @SpringBootTest(
            classes = {HttpTestApplication.class, App.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                STRIPE,
                "webhooks.inbox.mode=inbox",
                "webhooks.inbox.create-schema=true",
                HttpTestApplication.WITHOUT_SECURITY
            })
    @DirtiesContext
    class NotExposedByDefault {
        @LocalServerPort
        int port;

        @Test
        void theEndpointIsNotExposedButHealthIsAndCountsTheInbox() throws Exception {
            assertThat(InboxHttp.get(port, "/actuator/webhooksinbox").status()).isEqualTo(404);
            assertThat(InboxHttp.post(port, "/actuator/webhooksinbox/retry-dead", "{}")
                            .status())
                    .isEqualTo(404);
            InboxHttp.Answer health = InboxHttp.get(port, "/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("status").asString()).isEqualTo("UP");
            assertThat(health.body()).as("no details unless shown").doesNotContain("deliveries");
        }
    }

    @Nested
    @SpringBootTest(
            classes = {HttpTestApplication.class, App.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                STRIPE,
                "webhooks.inbox.mode=inbox",
                "webhooks.inbox.create-schema=true",
                "webhooks.inbox.max-attempts=1",
                "webhooks.inbox.poll-interval=100ms",
                "management.endpoints.web.exposure.include=webhooksinbox",
                HttpTestApplication.WITHOUT_SECURITY
            })
    @DirtiesContext
    class ExposedReadOnly {
        @LocalServerPort
        int port;

        @Autowired
        Inbox inbox;

        @Test
        void readsWorkButWritesDoNotExistWithoutUnrestrictedAccess() throws Exception {
            assertThat(InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("evt_1"))
                            .status())
                    .isEqualTo(200);
            await(() -> inbox.counts().get(InboxState.DEAD) == 1);

            InboxHttp.Answer list = InboxHttp.get(port, "/actuator/webhooksinbox?state=dead");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().path("counts").path("dead").asInt()).isEqualTo(1);

            for (String operation : new String[] {"retry-dead", "retry", "replay", "purge"}) {
                InboxHttp.Answer write =
                        InboxHttp.post(port, "/actuator/webhooksinbox/" + operation, "{\"id\": 1, \"since\": \"1h\"}");
                assertThat(write.status()).as(operation).isIn(404, 405);
            }
            assertThat(inbox.counts().get(InboxState.DEAD))
                    .as("nothing was retried")
                    .isEqualTo(1);
        }
    }

    @Nested
    @SpringBootTest(
            classes = {HttpTestApplication.class, App.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                STRIPE,
                "webhooks.inbox.mode=inbox",
                "webhooks.inbox.create-schema=true",
                "management.endpoints.web.exposure.include=health,webhooksinbox",
                "management.endpoint.webhooksinbox.access=unrestricted"
            })
    @DirtiesContext
    class WithSpringSecurity {
        @LocalServerPort
        int port;

        @Test
        void theEndpointNeedsALoginWhileTheWebhookPathsStayOpen() throws Exception {
            assertThat(InboxHttp.get(port, "/actuator/webhooksinbox").status()).isEqualTo(401);
            assertThat(InboxHttp.post(port, "/actuator/webhooksinbox/retry-dead", "{}")
                            .status())
                    .isIn(401, 403);
            assertThat(InboxHttp.deliver(port, "stripe", Deliveries.invoicePaid("evt_1"))
                            .status())
                    .isEqualTo(200);
        }
    }
}
