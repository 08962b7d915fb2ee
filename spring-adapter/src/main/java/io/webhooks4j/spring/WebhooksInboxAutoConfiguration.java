package io.webhooks4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.webhooks4j.inbox.Inbox;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operating the durable inbox (the application's {@code Inbox} bean, or the starter's {@code JdbcInbox} in inbox
 * mode): a health indicator {@code webhooksInbox} with Actuator's health, the Actuator endpoint {@code
 * webhooksinbox} (read-only unless its access is unrestricted) and, with a {@code MeterRegistry}, the inbox's
 * gauges.
 */
@AutoConfiguration(
        after = WebhooksAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@ConditionalOnSingleCandidate(Inbox.class)
public final class WebhooksInboxAutoConfiguration {
    /** The inbox's counts, read for the health indicator and, at most every few seconds, for the gauges. */
    @Bean
    @ConditionalOnMissingBean
    InboxSnapshots webhooksInboxSnapshots(Inbox inbox) {
        return new InboxSnapshots(inbox, Clock.systemUTC());
    }

    /**
     * With Actuator's health (spring-boot-health). Its condition is on a class of its own inside: conditions are
     * read before any is evaluated, and that one's class exists only with the module.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = {
                "org.springframework.boot.health.contributor.HealthIndicator",
                "org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator"
            })
    static class HealthConfiguration {
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnEnabledHealthIndicator("webhooksinbox")
        static class Enabled {
            @Bean
            @ConditionalOnMissingBean(name = "webhooksInboxHealthIndicator")
            WebhooksInboxHealthIndicator webhooksInboxHealthIndicator(InboxSnapshots snapshots) {
                return new WebhooksInboxHealthIndicator(snapshots);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class EndpointConfiguration {
        @Bean
        @ConditionalOnMissingBean
        WebhooksInboxEndpoint webhooksInboxEndpoint(Inbox inbox, WebhooksProperties properties) {
            return new WebhooksInboxEndpoint(
                    inbox, Clock.systemUTC(), properties.getInbox().getShowBody());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {
        @Bean
        @ConditionalOnMissingBean
        InboxMetrics webhooksInboxMetrics(InboxSnapshots snapshots, MeterRegistry registry) {
            InboxMetrics metrics = new InboxMetrics(snapshots);
            metrics.bindTo(registry);
            return metrics;
        }
    }
}
