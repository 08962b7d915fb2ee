package io.webhooks4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.Webhooks;
import io.webhooks4j.jdbc.JdbcDeliveryLedger;
import io.webhooks4j.spi.WebhookProvider;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Auto-configures one {@link Webhooks} from {@code webhooks.*} properties, the provider modules on the class
 * path, {@link WebhookListener} methods, {@link WebhookRoute}, {@link WebhookObserver} and {@link
 * WebhooksCustomizer} beans, with a delivery ledger (in memory unless {@code webhooks.ledger=jdbc}) and, when
 * Micrometer is there, a {@code webhooks.deliveries} timer.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@EnableConfigurationProperties(WebhooksProperties.class)
public final class WebhooksAutoConfiguration {
    /** The provider modules on the class path, by their factories' descriptors. */
    @Bean
    static ProviderCatalogue webhooksProviderCatalogue(
            ConfigurableListableBeanFactory beanFactory, ConfigurableEnvironment environment) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        return ProviderCatalogue.discover(loader != null ? loader : ClassUtils.getDefaultClassLoader())
                .withInstances(environment);
    }

    /** Fails start-up for a webhooks.* property that binds to nothing, whether or not a provider is on. */
    @Bean
    static WebhooksPropertyCheck webhooksPropertyCheck(
            ConfigurableEnvironment environment, ProviderCatalogue catalogue) {
        return new WebhooksPropertyCheck(environment, catalogue);
    }

    /** The webhooks.<id>.* settings, bound per provider (after the property check, so a mistake is named first). */
    @Bean
    ConfiguredProviders webhooksConfiguredProviders(
            ConfigurableEnvironment environment,
            ProviderCatalogue catalogue,
            WebhooksProperties properties,
            WebhooksPropertyCheck propertiesChecked) {
        return ConfiguredProviders.bind(environment, catalogue, properties);
    }

    @Bean
    @ConditionalOnMissingBean(DeliveryLedger.class)
    @ConditionalOnProperty(name = "webhooks.ledger", havingValue = "memory", matchIfMissing = true)
    InMemoryDeliveryLedger webhooksMemoryLedger() {
        return InMemoryDeliveryLedger.create();
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(WebhooksCondition.class)
    Webhooks webhooks(
            WebhooksProperties properties,
            ConfiguredProviders configured,
            ObjectProvider<DeliveryLedger> ledger,
            ObjectProvider<WebhookRoute> routes,
            ObjectProvider<WebhookObserver> observers,
            ObjectProvider<WebhooksCustomizer> customizers,
            ConfigurableListableBeanFactory beanFactory) {
        WebhooksAssembly assembly = new WebhooksAssembly(properties, configured, Clock.systemUTC());
        Map<String, WebhookProvider<?>> providers = assembly.providers();
        DeliveryLedger chosen = null;
        if (properties.getLedger() != WebhooksProperties.Ledger.NONE) {
            chosen = ledger.getIfUnique();
            if (chosen == null) {
                throw new WebhooksSetupException(
                        WebhooksSetupException.Kind.INVALID_SETTING,
                        "webhooks.ledger=" + properties.getLedger().name().toLowerCase(java.util.Locale.ROOT)
                                + " but no delivery ledger could be made",
                        properties.getLedger() == WebhooksProperties.Ledger.JDBC
                                ? "Add io.webhooks4j:webhooks4j-jdbc to the dependencies and define one DataSource "
                                        + "bean (spring.datasource.*), or choose webhooks.ledger=memory."
                                : "Define one DeliveryLedger bean, or choose webhooks.ledger=memory.");
            }
        }
        return assembly.build(
                providers,
                chosen,
                routes.orderedStream().toList(),
                beanFactory,
                observers.orderedStream().toList(),
                customizers.orderedStream().toList());
    }

    /**
     * In a reactive (WebFlux) application there is no servlet container to mount the webhook servlet in:
     * fail at start-up instead of answering every delivery with 404.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @Conditional(WebhooksCondition.class)
    @ConditionalOnMissingBean(Webhooks.class)
    static class ReactiveApplicationConfiguration {
        @Bean
        static Object webhooksNeedAServletWebApplication() {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.UNSUPPORTED_APPLICATION,
                    "webhooks4j-spring-boot-starter needs a servlet web application, but this is a reactive (WebFlux)"
                            + " one: no delivery could reach the webhooks at webhooks.path",
                    "Use spring-boot-starter-webmvc instead of spring-boot-starter-webflux (with both on the class"
                            + " path, Spring Boot starts a servlet application), or set spring.main.web-application-"
                            + "type=servlet. To receive webhooks in WebFlux, define your own Webhooks bean (then this"
                            + " check is off) and call webhooks.receive(providerId, head, body) from a handler; the core reads"
                            + " the body within the provider's limit.");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JdbcDeliveryLedger.class, DataSource.class})
    @ConditionalOnProperty(name = "webhooks.ledger", havingValue = "jdbc")
    static class JdbcLedgerConfiguration {
        @Bean
        @ConditionalOnMissingBean(DeliveryLedger.class)
        @ConditionalOnSingleCandidate(DataSource.class)
        JdbcDeliveryLedger webhooksJdbcLedger(DataSource dataSource, WebhooksProperties properties) {
            JdbcDeliveryLedger ledger = JdbcDeliveryLedger.builder()
                    .dataSource(dataSource)
                    .tableName(properties.getLedgerTable())
                    .build();
            if (properties.isLedgerCreateTable()) {
                ledger.createTableIfMissing();
            }
            return ledger;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {
        @Bean
        @ConditionalOnMissingBean
        MicrometerWebhookObserver webhooksMetricsObserver(MeterRegistry registry, ConfiguredProviders configured) {
            Map<String, Set<String>> keyIds = new LinkedHashMap<>();
            Map<String, Set<String>> eventTypes = new LinkedHashMap<>();
            configured.keyIdsOfProvidersOn().forEach((id, ids) -> {
                keyIds.put(id, Set.copyOf(ids));
                eventTypes.put(
                        id, Set.copyOf(configured.catalogue().eventTypes(id).keySet()));
            });
            return new MicrometerWebhookObserver(registry, eventTypes, keyIds);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class StatisticsConfiguration {
        @Bean
        @ConditionalOnMissingBean
        WebhookStatistics webhooksStatistics(ConfiguredProviders configured) {
            return new WebhookStatistics(
                    Set.copyOf(configured.keyIdsOfProvidersOn().keySet()), Clock.systemUTC());
        }
    }
}
