package io.webhooks4j.spring;

import io.webhooks4j.Webhooks;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The Actuator endpoint {@code webhooks}, when Actuator is on the class path. */
@AutoConfiguration(after = WebhooksAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean({Webhooks.class, WebhookStatistics.class})
public final class WebhooksEndpointAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    WebhooksEndpoint webhooksEndpoint(Webhooks webhooks, ConfiguredProviders configured, WebhookStatistics statistics) {
        return new WebhooksEndpoint(webhooks, configured, statistics);
    }
}
