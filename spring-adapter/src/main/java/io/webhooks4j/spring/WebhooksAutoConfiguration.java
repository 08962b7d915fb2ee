package io.webhooks4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.Webhooks;
import io.webhooks4j.jdbc.JdbcDeliveryLedger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** Fails start-up for a webhooks.* property that binds to nothing, whether or not a provider is on. */
    @Bean
    static WebhooksPropertyCheck webhooksPropertyCheck(ConfigurableEnvironment environment) {
        return new WebhooksPropertyCheck(environment);
    }

    @Bean
    ProviderCatalogue webhooksProviderCatalogue(
            ConfigurableListableBeanFactory beanFactory, WebhooksPropertyCheck propertiesChecked) {
        ClassLoader loader = beanFactory.getBeanClassLoader();
        return ProviderCatalogue.discover(loader != null ? loader : ClassUtils.getDefaultClassLoader());
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
            ProviderCatalogue catalogue,
            ObjectProvider<DeliveryLedger> ledger,
            ObjectProvider<WebhookRoute> routes,
            ObjectProvider<WebhookObserver> observers,
            ObjectProvider<WebhooksCustomizer> customizers,
            ConfigurableListableBeanFactory beanFactory) {
        WebhooksAssembly assembly = new WebhooksAssembly(properties, catalogue, Clock.systemUTC());
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

    /** The key ids and catalogue names of the providers the properties switch on, for bounded metric tags. */
    static Map<String, Set<String>> keyIds(WebhooksProperties properties, ProviderCatalogue catalogue) {
        Map<String, Set<String>> keyIds = new LinkedHashMap<>();
        for (String id : WebhooksProperties.PROVIDER_IDS) {
            WebhooksProperties.Provider settings = properties.provider(id);
            List<String> secrets = settings.presentSecrets();
            if (!Boolean.FALSE.equals(settings.getEnabled()) && !secrets.isEmpty() && catalogue.factory(id) != null) {
                Set<String> ids = new LinkedHashSet<>();
                for (int i = 1; i <= secrets.size(); i++) {
                    ids.add("key-" + i);
                }
                keyIds.put(id, ids);
            }
        }
        return keyIds;
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
                            + " check is off) and call webhooks.handle(providerId, request) from a handler that reads"
                            + " the body within webhooks.maxBodyBytes(providerId).");
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
        MicrometerWebhookObserver webhooksMetricsObserver(
                MeterRegistry registry, WebhooksProperties properties, ProviderCatalogue catalogue) {
            Map<String, Set<String>> keyIds = keyIds(properties, catalogue);
            Map<String, Set<String>> eventTypes = new LinkedHashMap<>();
            keyIds.keySet()
                    .forEach(id -> eventTypes.put(
                            id, Set.copyOf(catalogue.eventTypes(id).keySet())));
            return new MicrometerWebhookObserver(registry, eventTypes, keyIds);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class StatisticsConfiguration {
        @Bean
        @ConditionalOnMissingBean
        WebhookStatistics webhooksStatistics(WebhooksProperties properties, ProviderCatalogue catalogue) {
            return new WebhookStatistics(keyIds(properties, catalogue).keySet(), Clock.systemUTC());
        }
    }
}
