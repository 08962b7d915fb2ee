package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.SecurityFilterChain;

/** {@code webhooks.security.enabled=false}: the application's security decides about the webhook paths too. */
@SpringBootTest(
        classes = HttpTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET,
            "spring.security.user.password=pw",
            "webhooks.security.enabled=false"
        })
class WebhooksSecurityDisabledTests {
    @LocalServerPort
    int port;

    @Autowired
    Map<String, SecurityFilterChain> chains;

    @Test
    void theDefaultSecurityThenRefusesDeliveries() throws Exception {
        assertThat(chains).doesNotContainKey("webhooksSecurityFilterChain");
        RawHttp.Answer answer =
                WebhooksSecurityTests.post(port, "/webhooks/stripe", Deliveries.invoicePaid("evt_off_1"));
        assertThat(answer.status()).isIn(401, 403);
        assertThat(answer.body()).doesNotContain("no_matching_signature");
    }
}
