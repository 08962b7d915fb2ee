package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * With Spring Security, a {@link SecurityFilterChain} for the webhook paths only ({@code webhooks.path/**}):
 * every request there is permitted to reach the webhook servlet, whose signature check is the
 * authentication; no CSRF token (providers send none), no session, no saved request. It is ordered first
 * ({@link #ORDER}) and matches nothing else, so the application's own chains, or Spring Boot's default one
 * (which this configuration runs after, so it is still made), keep guarding every other path. Switch it off
 * with {@code webhooks.security.enabled=false} to decide about the webhook paths in your own chain.
 */
@AutoConfiguration(
        after = WebhooksAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
@ConditionalOnBean({Webhooks.class, HttpSecurity.class})
@ConditionalOnProperty(name = "webhooks.security.enabled", havingValue = "true", matchIfMissing = true)
public final class WebhooksSecurityAutoConfiguration {
    /** Before Spring Boot's default chain and an application's chains without an order of their own. */
    static final int ORDER = org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 50;

    @Bean
    @Order(ORDER)
    @ConditionalOnMissingBean(name = "webhooksSecurityFilterChain")
    SecurityFilterChain webhooksSecurityFilterChain(HttpSecurity http, WebhooksProperties properties) throws Exception {
        String mapping = WebhooksServletAutoConfiguration.mapping(properties.getPath()); // /webhooks/*
        String base = mapping.substring(0, mapping.length() - 2);
        return http.securityMatcher(base + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
