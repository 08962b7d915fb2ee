package io.webhooks4j.spring;

import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.Webhooks;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/** Builds the {@link Webhooks} bean from the properties, the discovered providers and the handler beans. */
final class WebhooksAssembly {
    private static final System.Logger LOG = System.getLogger(WebhooksAssembly.class.getName());

    private final WebhooksProperties properties;
    private final ConfiguredProviders configured;
    private final ProviderCatalogue catalogue;
    private final Clock clock;

    WebhooksAssembly(WebhooksProperties properties, ConfiguredProviders configured, Clock clock) {
        this.properties = properties;
        this.configured = configured;
        this.catalogue = configured.catalogue();
        this.clock = clock;
    }

    /** The providers switched on by the properties, by id; throws for a provider enabled but unusable. */
    Map<String, WebhookProvider<?>> providers() {
        Map<String, WebhookProvider<?>> providers = new LinkedHashMap<>();
        List<String> missingModules = new ArrayList<>();
        for (String id : configured.ids()) {
            WebhooksProperties.Provider settings = configured.settings(id);
            Boolean enabled = settings == null ? null : settings.getEnabled();
            if (settings == null || Boolean.FALSE.equals(enabled)) {
                continue;
            }
            List<String> secrets = settings.presentSecrets();
            if (secrets.isEmpty()) {
                if (Boolean.TRUE.equals(enabled)) {
                    throw WebhooksSetupException.missingSecret(
                            id,
                            "Webhook provider '" + id + "' is enabled (webhooks." + id
                                    + ".enabled=true) but has no secret: webhooks." + id + ".secrets is empty");
                }
                continue;
            }
            WebhookProviderFactory factory = catalogue.factory(id);
            ProviderDescriptor descriptor = catalogue.descriptor(id);
            if (factory == null || descriptor == null) {
                if (Boolean.TRUE.equals(enabled)) {
                    throw missingModule(id);
                }
                LOG.log(
                        Level.WARNING,
                        "webhooks." + id + ".secrets is set but " + WebhooksSetupException.moduleOf(id)
                                + " is not on the class path: " + id + " webhooks are off");
                missingModules.add(id);
                continue;
            }
            providers.put(id, create(id, factory, descriptor, settings));
        }
        if (providers.isEmpty() && !missingModules.isEmpty()) {
            throw missingModule(missingModules.get(0));
        }
        return providers;
    }

    private WebhookProvider<?> create(
            String id,
            WebhookProviderFactory factory,
            ProviderDescriptor descriptor,
            WebhooksProperties.Provider settings) {
        try {
            Keyring keyring = configured.keyring(id);
            if (keyring == null) {
                throw new IllegalStateException("no secret for " + id); // providers() checked
            }
            // a tolerance for a provider that signs no timestamp was refused (or logged) by the property check
            Duration tolerance = descriptor.signsTimestamp() ? settings.getTolerance() : null;
            ProviderSettings providerSettings = new ProviderSettings(
                    keyring,
                    clock,
                    Optional.ofNullable(tolerance),
                    settings.getMaxBodySize() == null
                            ? OptionalLong.empty()
                            : OptionalLong.of(settings.getMaxBodySize().toBytes()),
                    settings.getOptions() == null ? Map.of() : settings.getOptions());
            return factory.create(providerSettings);
        } catch (IllegalArgumentException e) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    "Webhook provider '" + id + "' rejected its settings (webhooks." + id + ".*): " + e.getMessage(),
                    "Correct the setting the message names under webhooks." + id + " (" + descriptor.displayName()
                            + "'s options are " + describeOptions(descriptor) + "; see the README of "
                            + WebhooksSetupException.moduleOf(id) + ").",
                    e);
        }
    }

    private static String describeOptions(ProviderDescriptor descriptor) {
        return descriptor.options().isEmpty()
                ? "none"
                : String.join(", ", new java.util.TreeSet<>(descriptor.options().keySet()));
    }

    private static WebhooksSetupException missingModule(String id) {
        return new WebhooksSetupException(
                WebhooksSetupException.Kind.MISSING_PROVIDER_MODULE,
                "Webhook provider '" + id + "' is configured (webhooks." + id + ".*) but its module is not on the "
                        + "class path",
                "Add the dependency " + WebhooksSetupException.moduleOf(id) + " (its version comes from "
                        + "io.webhooks4j:webhooks4j-bom), or remove the webhooks." + id + " settings.");
    }

    /** Builds the pipeline. */
    Webhooks build(
            Map<String, WebhookProvider<?>> providers,
            @Nullable DeliveryLedger ledger,
            List<WebhookRoute> routes,
            @Nullable ConfigurableListableBeanFactory beanFactory,
            List<WebhookObserver> observers,
            List<WebhooksCustomizer> customizers) {
        Webhooks.Builder builder = Webhooks.builder();
        if (properties.getMaxBodyInFlight() != null) {
            long bytes = properties.getMaxBodyInFlight().toBytes();
            if (bytes <= 0) {
                throw new WebhooksSetupException(
                        WebhooksSetupException.Kind.INVALID_SETTING,
                        "webhooks.max-body-in-flight must be positive, was " + properties.getMaxBodyInFlight(),
                        "Set webhooks.max-body-in-flight to a size such as 64MB, or remove it for the default.");
            }
            builder.maxBodyBytesInFlight(bytes);
        }
        providers.values().forEach(builder::provider);
        builder.ledger(ledger);
        for (WebhookRoute route : routes) {
            if (accepts(route.eventType(), route.toString())) {
                route.registerWith(builder);
            }
        }
        if (beanFactory != null) {
            WebhookListenerMethods methods = new WebhookListenerMethods(catalogue, providers);
            for (WebhookListenerMethods.Listener listener : methods.find(beanFactory)) {
                WebhookListenerMethods.Invoker invoker = new WebhookListenerMethods.Invoker(beanFactory, listener);
                if (listener.unhandled()) {
                    builder.onUnhandled(invoker);
                    continue;
                }
                for (EventType<?> type : listener.types()) {
                    if (accepts(type, listener.description())) {
                        register(builder, type, invoker, listener.replying());
                    }
                }
            }
        }
        observers.forEach(builder::observer);
        customizers.forEach(customizer -> customizer.customize(builder));
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.HANDLERS_INCOMPLETE,
                    "The webhook handlers are incomplete: " + e.getMessage(),
                    "Add the handlers the message names (a @WebhookListener method or a WebhookRoute bean), or "
                            + "change the provider's settings under webhooks.*.",
                    e);
        }
    }

    /**
     * Whether a handler for {@code type} is registered: yes when its provider is configured; silently no when
     * the provider is switched off; a failure when its provider has no secret or its type is unknown.
     */
    private boolean accepts(EventType<?> type, String handler) {
        String id = type.provider();
        WebhooksProperties.Provider settings = configured.settings(id);
        if (settings != null && Boolean.FALSE.equals(settings.getEnabled())) {
            LOG.log(Level.DEBUG, () -> handler + " is off: webhooks." + id + ".enabled=false");
            return false;
        }
        if (catalogue.factory(id) == null) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.MISSING_PROVIDER_MODULE,
                    handler + " handles " + type + ", but no webhook provider '" + id + "' is on the class path",
                    "Add the dependency " + WebhooksSetupException.moduleOf(id) + ", or remove the handler.");
        }
        if (!type.isAny() && !catalogue.eventTypes(id).containsKey(type.name())) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.UNKNOWN_EVENT_TYPE,
                    handler + " handles '" + type.name() + "', which is not in the catalogue of " + id,
                    "Use one of the constants of the provider's catalogue class, or the provider's ANY key.");
        }
        if (settings == null) {
            return true; // a provider configured by a customizer
        }
        if (settings.presentSecrets().isEmpty()) {
            throw WebhooksSetupException.missingSecret(
                    id, handler + " handles " + id + " events, but webhook provider '" + id + "' has no secret");
        }
        return true;
    }

    /**
     * Registers a listener method for {@code type}: one that replies with {@code onReply}, every other one (with
     * or without the {@code Delivery}) with {@code onDelivery}. The invoker takes any event, so it fits every
     * {@code E}: no cast.
     */
    private static <E extends WebhookEvent> void register(
            Webhooks.Builder builder, EventType<E> type, WebhookListenerMethods.Invoker invoker, boolean replying) {
        if (replying) {
            builder.onReply(type, invoker);
        } else {
            builder.onDelivery(type, invoker);
        }
    }
}
