package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security on the class path with Spring Boot's default security (every request authenticated): the
 * starter's SecurityFilterChain lets deliveries through to the signature check, and nothing else (#16.2).
 */
@SpringBootTest(
        classes = HttpTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET, "spring.security.user.password=pw"})
class WebhooksSecurityTests {
    @LocalServerPort
    int port;

    @Autowired
    Map<String, SecurityFilterChain> chains;

    @Test
    void aSignedDeliveryIs200AndAForgedOne401FromTheSignatureCheck() throws Exception {
        RawHttp.Answer handled = post(port, "/webhooks/stripe", Deliveries.invoicePaid("evt_sec_1"));
        assertThat(handled.status()).as(handled.head()).isEqualTo(200);

        RawHttp.Answer forged = post(
                port,
                "/webhooks/stripe",
                Deliveries.signed("stripe", "invoice.paid", "evt_sec_2", "{}", "not-the-secret"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).contains("no_matching_signature"); // the webhook servlet's answer
    }

    @Test
    void theApplicationsOtherPathsStaySecured() throws Exception {
        assertThat(RawHttp.exchange(port, "GET", "/anything", Map.of(), new byte[0])
                        .status())
                .isEqualTo(401);
        assertThat(RawHttp.exchange(port, "POST", "/webhooksx/stripe", Map.of(), new byte[0])
                        .status())
                .isIn(401, 403);
        assertThat(chains).containsKey("webhooksSecurityFilterChain").hasSizeGreaterThan(1);
    }

    static RawHttp.Answer post(int port, String target, WebhookRequest delivery) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        delivery.headers().asMap().forEach((name, values) -> headers.put(name, values.get(0)));
        return RawHttp.exchange(port, "POST", target, headers, delivery.body().toByteArray());
    }
}
