package io.webhooks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** An application with its own SecurityFilterChain for every request: it keeps it, and deliveries get in. */
@SpringBootTest(
        classes = {HttpTestApplication.class, WebhooksSecurityWithOwnChainTests.OwnSecurity.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"webhooks.stripe.secrets=" + Deliveries.STRIPE_SECRET, "spring.security.user.password=pw"})
class WebhooksSecurityWithOwnChainTests {
    @LocalServerPort
    int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnSecurity {
        @Bean
        SecurityFilterChain applicationChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }
    }

    @Test
    void deliveriesGetInAndTheApplicationsChainGuardsTheRest() throws Exception {
        assertThat(WebhooksSecurityTests.post(port, "/webhooks/stripe", Deliveries.invoicePaid("evt_own_1"))
                        .status())
                .isEqualTo(200);
        assertThat(RawHttp.exchange(port, "GET", "/admin", Map.of(), new byte[0])
                        .status())
                .isEqualTo(401);
    }
}
