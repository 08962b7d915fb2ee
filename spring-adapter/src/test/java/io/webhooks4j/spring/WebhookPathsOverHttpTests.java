package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.WebhookRequest;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * A real application on embedded Tomcat with Spring MVC's body-reading filters on (FormContentFilter by
 * default, HiddenHttpMethodFilter switched on here): the webhook paths must reach the webhook servlet with
 * their body unread, whatever those filters do elsewhere (issue #15.9).
 */
@SpringBootTest(
        classes = {HttpTestApplication.class, WebhookPathsOverHttpTests.Recorder.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET,
            "spring.mvc.hiddenmethod.filter.enabled=true",
            HttpTestApplication.WITHOUT_SECURITY
        })
class WebhookPathsOverHttpTests {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final long HUGE = 131L * 1024 * 1024;
    private static final long SEND_AT_MOST = 8L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    List<Boolean> asyncSupportedSeen;

    @Autowired
    ServletRegistrationBean<?> webhooksServletRegistration;

    /** Records, behind every other filter, whether a webhook request may go asynchronous. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        List<Boolean> asyncSupportedSeen() {
            return new CopyOnWriteArrayList<>();
        }

        @Bean
        FilterRegistrationBean<Filter> lastFilter(List<Boolean> asyncSupportedSeen) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                asyncSupportedSeen.add(request.isAsyncSupported());
                chain.doFilter(request, response);
            });
            registration.addUrlPatterns("/webhooks/*");
            registration.setOrder(Ordered.LOWEST_PRECEDENCE);
            return registration;
        }
    }

    @Test
    void aPutWithAFormBodyAndABadQueryIs405() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(
                port,
                "PUT",
                "/webhooks/stripe?a=%zz",
                Map.of("Content-Type", FORM),
                "a=1&b=%zz".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).as(answer.head()).isEqualTo(405);
        assertThat(answer.body()).contains("method_not_allowed");
    }

    @Test
    void aHugePutFormBodyIsAnswered405WithoutBeingRead() throws Exception {
        RawHttp.Answer answer =
                RawHttp.streaming(port, "PUT", "/webhooks/stripe", Map.of("Content-Type", FORM), HUGE, SEND_AT_MOST);
        assertThat(answer.status()).as(answer.head()).isEqualTo(405);
        // answered while most of the declared body was never sent: nothing waited for it, nothing buffered it
        assertThat(answer.bodyBytesSent()).isLessThanOrEqualTo(SEND_AT_MOST);
    }

    @Test
    void aHugePostFormBodyIsAnswered413WithoutBeingRead() throws Exception {
        RawHttp.Answer answer =
                RawHttp.streaming(port, "POST", "/webhooks/stripe", Map.of("Content-Type", FORM), HUGE, SEND_AT_MOST);
        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        assertThat(answer.bodyBytesSent()).isLessThanOrEqualTo(SEND_AT_MOST);
    }

    @Test
    void aSignedFormEncodedDeliveryReachesTheServletWithItsBodyUnread() throws Exception {
        // HiddenHttpMethodFilter reads form parameters (the body) of every POST; the delivery must still verify
        WebhookRequest delivery = Deliveries.signed(
                        "stripe",
                        "invoice.paid",
                        "evt_form",
                        "{\"id\":\"in_1\",\"amountPaid\":1}",
                        Deliveries.STRIPE_SECRET)
                .toBuilder()
                .setHeader("Content-Type", FORM)
                .build();
        RawHttp.Answer answer = post("/webhooks/stripe", delivery);
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(200);
        // nor does a method override in the query string turn it into another method
        RawHttp.Answer overridden = post(
                "/webhooks/stripe?_method=PUT",
                delivery.toBuilder()
                        .setHeader(FakeProvider.DELIVERY, "evt_form_2")
                        .build());
        assertThat(overridden.status()).as(overridden.head()).isEqualTo(200);
    }

    @Test
    void aSignedDeliveryIs200AndAnyOtherMethod405() throws Exception {
        RawHttp.Answer answer = post("/webhooks/stripe", Deliveries.invoicePaid("evt_http_1"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(RawHttp.exchange(port, "GET", "/webhooks/stripe", Map.of(), new byte[0])
                        .status())
                .isEqualTo(405);
        assertThat(RawHttp.exchange(
                                port,
                                "DELETE",
                                "/webhooks/stripe",
                                Map.of("Content-Type", FORM),
                                "a=1".getBytes(StandardCharsets.US_ASCII))
                        .status())
                .isEqualTo(405);
    }

    @Test
    void theServletIsRegisteredAsyncSupportedAndRequestsMayGoAsynchronous() throws Exception {
        assertThat(webhooksServletRegistration.isAsyncSupported()).isTrue();
        asyncSupportedSeen.clear();
        assertThat(post("/webhooks/stripe", Deliveries.invoicePaid("evt_async")).status())
                .isEqualTo(200);
        assertThat(asyncSupportedSeen).containsExactly(true);
    }

    private RawHttp.Answer post(String target, WebhookRequest delivery) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        delivery.headers().asMap().forEach((name, values) -> headers.put(name, values.get(0)));
        return RawHttp.exchange(port, "POST", target, headers, delivery.body().toByteArray());
    }
}
