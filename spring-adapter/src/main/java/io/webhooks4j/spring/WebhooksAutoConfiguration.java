package io.webhooks4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.InMemoryDeliveryLedger;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.DeliverySink;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.jdbc.JdbcDeliveryLedger;
import io.webhooks4j.jdbc.JdbcInbox;
import io.webhooks4j.spi.WebhookProvider;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
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
 * WebhooksCustomizer} beans, with a delivery ledger (in memory unless {@code webhooks.ledger=jdbc}), the durable
 * inbox when a delivery mode is {@code inbox} (the application's {@code Inbox} bean, else a {@code JdbcInbox} on its
 * {@code DataSource}) and, when Micrometer is there, a {@code webhooks.deliveries} timer.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@EnableConfigurationProperties(WebhooksProperties.class)
public final class WebhooksAutoConfiguration {
    private static final System.Logger LOG = System.getLogger(WebhooksAutoConfiguration.class.getName());

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

    /**
     * The webhooks.<id>.* settings, bound per provider, after the property check (its parameter comes before the
     * properties, which are bound when resolved), so that a mistake is named by the check first.
     */
    @Bean
    ConfiguredProviders webhooksConfiguredProviders(
            ConfigurableEnvironment environment,
            ProviderCatalogue catalogue,
            WebhooksPropertyCheck propertiesChecked,
            WebhooksProperties properties) {
        return ConfiguredProviders.bind(environment, catalogue, properties);
    }

    @Bean
    @ConditionalOnMissingBean(DeliveryLedger.class)
    @ConditionalOnProperty(name = "webhooks.ledger", havingValue = "memory", matchIfMissing = true)
    InMemoryDeliveryLedger webhooksMemoryLedger() {
        return InMemoryDeliveryLedger.create();
    }

    /**
     * The pipeline. Closed with the context ({@link Webhooks#close()}): its inbox workers stop before the beans it
     * uses (the inbox, its DataSource) are destroyed.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @Conditional(WebhooksCondition.class)
    Webhooks webhooks(
            WebhooksProperties properties,
            ConfiguredProviders configured,
            ObjectProvider<DeliveryLedger> ledger,
            ObjectProvider<Inbox> inboxes,
            ObjectProvider<DeliverySink> sinks,
            ObjectProvider<DataSource> dataSources,
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
        List<String> inboxModes = assembly.inboxModeProperties(providers);
        Inbox inbox = null;
        DeliverySink sink = null;
        if (properties.getInbox().getEngine() == WebhooksProperties.Engine.KAFKA) {
            sink = sinks.getIfUnique();
            if (sink == null) {
                throw new WebhooksSetupException(
                        WebhooksSetupException.Kind.INVALID_SETTING,
                        "webhooks.inbox.engine=kafka but there is no Kafka sink: io.webhooks4j:webhooks4j-kafka is not on"
                                + " the class path, or more than one DeliverySink bean is defined",
                        "Add io.webhooks4j:webhooks4j-kafka (the brokers are spring.kafka.bootstrap-servers, the topic"
                                + " webhooks.inbox.kafka.topic), or set webhooks.inbox.engine=jdbc.");
            }
        } else {
            inbox = inboxes.getIfUnique();
            if (inbox == null && !inboxModes.isEmpty()) {
                throw noInbox(inboxModes, inboxes, dataSources, beanFactory.getBeanClassLoader());
            }
        }
        return assembly.build(
                providers,
                chosen,
                inbox,
                sink,
                routes.orderedStream().toList(),
                beanFactory,
                observers.orderedStream().toList(),
                customizers.orderedStream().toList());
    }

    /** Inbox mode without an inbox: what is missing, and what to add. */
    private static WebhooksSetupException noInbox(
            List<String> asking,
            ObjectProvider<Inbox> inboxes,
            ObjectProvider<DataSource> dataSources,
            @Nullable ClassLoader loader) {
        String why = String.join(" and ", asking) + " but there is no inbox to store deliveries in";
        String off = " Or run every provider inline: remove " + String.join(", ", asking)
                + " (webhooks.inbox.mode is inline by default).";
        long ownInboxes = inboxes.stream().count();
        if (ownInboxes > 1) {
            return new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    why + ": there are " + ownInboxes + " Inbox beans and none is @Primary",
                    "Mark the Inbox bean the webhooks use @Primary, or define only one." + off);
        }
        if (!ClassUtils.isPresent("io.webhooks4j.jdbc.JdbcInbox", loader)) {
            return new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    why + ": io.webhooks4j:webhooks4j-jdbc is not on the class path and no Inbox bean is defined",
                    "Add io.webhooks4j:webhooks4j-jdbc and a DataSource (spring.datasource.url with"
                            + " spring-boot-starter-jdbc, or a DataSource bean) for a JdbcInbox, with"
                            + " webhooks.inbox.create-schema=true or the table from its inbox-schema-<dialect>.sql;"
                            + " or define an Inbox bean of your own." + off);
        }
        long count = dataSources.stream().count();
        return new WebhooksSetupException(
                WebhooksSetupException.Kind.INVALID_SETTING,
                why
                        + (count == 0
                                ? ": no DataSource bean is defined for a JdbcInbox, and no Inbox bean"
                                : ": there are " + count
                                        + " DataSource beans and none is @Primary, so no JdbcInbox was made"),
                (count == 0
                                ? "Define a DataSource (spring.datasource.url with spring-boot-starter-jdbc, or a"
                                        + " DataSource bean)"
                                : "Mark the DataSource the inbox uses @Primary")
                        + " for the starter's JdbcInbox (its table is created at start-up with"
                        + " webhooks.inbox.create-schema=true), or define an Inbox bean of your own." + off);
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

    /**
     * The inbox of inbox mode, when the application defines none: a {@link JdbcInbox} on its one DataSource, its
     * table created only with {@code webhooks.inbox.create-schema=true}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JdbcInbox.class, DataSource.class})
    @Conditional(InboxModeCondition.class)
    @ConditionalOnProperty(name = "webhooks.inbox.engine", havingValue = "jdbc", matchIfMissing = true)
    static class JdbcInboxConfiguration {
        @Bean
        @ConditionalOnMissingBean(Inbox.class)
        @ConditionalOnSingleCandidate(DataSource.class)
        JdbcInbox webhooksJdbcInbox(
                DataSource dataSource, WebhooksPropertyCheck propertiesChecked, WebhooksProperties properties) {
            String table = properties.getInbox().getTable();
            JdbcInbox inbox;
            try {
                inbox = JdbcInbox.builder()
                        .dataSource(dataSource)
                        .tableName(table == null ? JdbcInbox.DEFAULT_TABLE_NAME : table.strip())
                        .build();
            } catch (IllegalArgumentException e) {
                throw new WebhooksSetupException(
                        WebhooksSetupException.Kind.INVALID_SETTING,
                        "webhooks.inbox.table is not a usable table name: " + e.getMessage(),
                        "Set webhooks.inbox.table to a plain SQL identifier (letters, digits and _, optionally"
                                + " schema-qualified such as billing.webhook_inbox), or remove it for "
                                + JdbcInbox.DEFAULT_TABLE_NAME + ".",
                        e);
            }
            if (properties.getInbox().isCreateSchema()) {
                try {
                    inbox.createSchema();
                } catch (RuntimeException e) {
                    throw new WebhooksSetupException(
                            WebhooksSetupException.Kind.INVALID_SETTING,
                            "webhooks.inbox.create-schema=true but the inbox table " + inbox.tableName()
                                    + " could not be created: " + e.getMessage(),
                            "Check that the DataSource's database is reachable and its user may create tables, or"
                                    + " create the table with the migration of your choice from"
                                    + " inbox-schema-<dialect>.sql in webhooks4j-jdbc and set"
                                    + " webhooks.inbox.create-schema=false.",
                            e);
                }
            } else {
                try {
                    inbox.counts();
                } catch (RuntimeException e) {
                    // not fatal: the database may come up after the application; the health indicator says DOWN
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "The webhooks inbox table " + inbox.tableName() + " cannot be read (" + e.getMessage()
                                    + "): deliveries in inbox mode are answered 503 until it can. Create it from"
                                    + " inbox-schema-<dialect>.sql in webhooks4j-jdbc, or set"
                                    + " webhooks.inbox.create-schema=true.");
                }
            }
            return inbox;
        }
    }

    /**
     * Kafka as the inbox engine ({@code webhooks.inbox.engine=kafka}): the sink that produces verified deliveries to
     * {@code webhooks.inbox.kafka.topic}, and (unless {@code webhooks.inbox.kafka.consumer=false}) the consumer that
     * runs this application's handlers for them, both on the brokers of {@code spring.kafka.bootstrap-servers} with
     * the client settings of {@code spring.kafka.properties.*}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.webhooks4j.kafka.KafkaDeliverySink")
    @ConditionalOnProperty(name = "webhooks.inbox.engine", havingValue = "kafka")
    @Conditional(WebhooksCondition.class)
    static class KafkaInboxConfiguration {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(DeliverySink.class)
        io.webhooks4j.kafka.KafkaDeliverySink webhooksKafkaSink(
                WebhooksProperties properties, ConfigurableEnvironment environment) {
            return io.webhooks4j.kafka.KafkaDeliverySink.builder()
                    .properties(KafkaSettings.client(environment))
                    .topic(KafkaSettings.topic(properties))
                    .build();
        }

        @Bean(initMethod = "start", destroyMethod = "close")
        @ConditionalOnProperty(name = "webhooks.inbox.kafka.consumer", havingValue = "true", matchIfMissing = true)
        io.webhooks4j.kafka.KafkaInboxConsumer webhooksKafkaConsumer(
                Webhooks webhooks, WebhooksProperties properties, ConfigurableEnvironment environment) {
            return KafkaSettings.consumer(webhooks, properties, environment);
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
