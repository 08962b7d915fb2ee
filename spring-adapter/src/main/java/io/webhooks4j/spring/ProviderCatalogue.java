package io.webhooks4j.spring;

import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider factories on the class path (provider modules are optional) and their event-type catalogues.
 */
final class ProviderCatalogue {
    private static final System.Logger LOG = System.getLogger(ProviderCatalogue.class.getName());
    private static final Object NONE = new Object();

    private final Map<String, WebhookProviderFactory> factories;
    private final Map<String, Map<String, EventType<?>>> types;
    private final Map<String, Object> eventClasses = new ConcurrentHashMap<>();

    private ProviderCatalogue(Map<String, WebhookProviderFactory> factories) {
        this.factories = Collections.unmodifiableMap(factories);
        Map<String, Map<String, EventType<?>>> byProvider = new LinkedHashMap<>();
        factories.forEach((id, factory) -> {
            Map<String, EventType<?>> byName = new LinkedHashMap<>();
            for (EventType<?> type : factory.eventTypes()) {
                if (!type.isAny()) {
                    byName.putIfAbsent(type.name(), type);
                }
            }
            byProvider.put(id, Collections.unmodifiableMap(byName));
        });
        this.types = Collections.unmodifiableMap(byProvider);
    }

    /**
     * The factories {@code loader} can load. A factory whose class cannot be loaded (a module half on the
     * class path, a filtered class loader) is skipped, not fatal.
     */
    static ProviderCatalogue discover(ClassLoader loader) {
        Map<String, WebhookProviderFactory> found = new LinkedHashMap<>();
        Iterator<WebhookProviderFactory> it =
                ServiceLoader.load(WebhookProviderFactory.class, loader).iterator();
        for (int guard = 0; guard < 1000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                WebhookProviderFactory factory = it.next();
                found.putIfAbsent(factory.id(), factory);
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.log(Level.DEBUG, "Skipped a webhook provider factory that cannot be loaded: " + e);
            }
        }
        return new ProviderCatalogue(found);
    }

    Set<String> ids() {
        return factories.keySet();
    }

    WebhookProviderFactory factory(String id) {
        return factories.get(id);
    }

    /** Provider {@code id}'s event types by name ({@code any} keys excluded); empty for an unknown id. */
    Map<String, EventType<?>> eventTypes(String id) {
        return types.getOrDefault(id, Map.of());
    }

    /**
     * The envelope class of provider {@code id} ({@code StripeEvent}, {@code TwilioRequest}), from the
     * configured provider when there is one, else from a provider made with a throwaway secret; {@code null}
     * when that cannot be made.
     */
    Class<?> eventClass(String id, WebhookProvider<?> configured) {
        if (configured != null) {
            return configured.eventClass();
        }
        Object cached = eventClasses.computeIfAbsent(id, this::probeEventClass);
        return cached == NONE ? null : (Class<?>) cached;
    }

    private Object probeEventClass(String id) {
        WebhookProviderFactory factory = factories.get(id);
        if (factory == null) {
            return NONE;
        }
        try {
            return factory.create(ProviderSettings.of(Keyring.of("webhooks4j-type-probe-only")))
                    .eventClass();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not probe the event class of " + id + ": " + e);
            return NONE;
        }
    }

    /** Names of every catalogue, for "did you mean" hints. */
    List<EventType<?>> allTypes() {
        List<EventType<?>> all = new ArrayList<>();
        types.values().forEach(byName -> all.addAll(byName.values()));
        return all;
    }

    @Override
    public String toString() {
        return "ProviderCatalogue" + factories.keySet();
    }
}
