package io.webhooks4j.spring;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The provider factories on the class path (provider modules are optional) and what each one's {@link
 * ProviderDescriptor} says: the starter knows providers through this only, never by name.
 */
final class ProviderCatalogue {
    private static final System.Logger LOG = System.getLogger(ProviderCatalogue.class.getName());

    private final Map<String, WebhookProviderFactory> factories;
    private final Map<String, ProviderDescriptor> descriptors;
    private final Map<String, Map<String, EventType<?>>> types;
    private final Map<String, String> byUniformId;
    private final Map<String, String> instances;

    private ProviderCatalogue(
            Map<String, WebhookProviderFactory> factories, Map<String, ProviderDescriptor> descriptors) {
        this(factories, descriptors, Map.of());
    }

    private ProviderCatalogue(
            Map<String, WebhookProviderFactory> factories,
            Map<String, ProviderDescriptor> descriptors,
            Map<String, String> instances) {
        this.instances = Map.copyOf(instances);
        this.factories = Collections.unmodifiableMap(factories);
        this.descriptors = Collections.unmodifiableMap(descriptors);
        Map<String, Map<String, EventType<?>>> byProvider = new LinkedHashMap<>();
        Map<String, String> uniform = new LinkedHashMap<>();
        descriptors.forEach((id, descriptor) -> {
            Map<String, EventType<?>> byName = new LinkedHashMap<>();
            for (EventType<?> type : descriptor.catalogue().all()) {
                if (!type.isAny()) {
                    byName.putIfAbsent(type.name(), type);
                }
            }
            byProvider.put(id, Collections.unmodifiableMap(byName));
            uniform.put(WebhooksPropertyCheck.uniform(id), id);
        });
        this.types = Collections.unmodifiableMap(byProvider);
        this.byUniformId = Collections.unmodifiableMap(uniform);
    }

    /**
     * The factories {@code loader} can load, by id in alphabetical order (so the order of registration does not
     * depend on the order of the class path). A factory whose class cannot be loaded (a module half on the class
     * path, a filtered class loader) or whose descriptor cannot be had is skipped, not fatal.
     */
    static ProviderCatalogue discover(ClassLoader loader) {
        Map<String, WebhookProviderFactory> found = new TreeMap<>();
        Map<String, ProviderDescriptor> descriptors = new TreeMap<>();
        Iterator<WebhookProviderFactory> it =
                ServiceLoader.load(WebhookProviderFactory.class, loader).iterator();
        for (int guard = 0; guard < 1000; guard++) {
            WebhookProviderFactory factory;
            try {
                if (!it.hasNext()) {
                    break;
                }
                factory = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                LOG.log(Level.DEBUG, "Skipped a webhook provider factory that cannot be loaded: " + e);
                continue;
            }
            add(factory, found, descriptors);
        }
        return new ProviderCatalogue(found, descriptors);
    }

    /** A catalogue of exactly {@code factories} (for tests and tools). */
    static ProviderCatalogue of(Collection<? extends WebhookProviderFactory> factories) {
        Map<String, WebhookProviderFactory> found = new TreeMap<>();
        Map<String, ProviderDescriptor> descriptors = new TreeMap<>();
        factories.forEach(factory -> add(factory, found, descriptors));
        return new ProviderCatalogue(found, descriptors);
    }

    private static void add(
            WebhookProviderFactory factory,
            Map<String, WebhookProviderFactory> found,
            Map<String, ProviderDescriptor> descriptors) {
        String id;
        ProviderDescriptor descriptor;
        try {
            id = factory.id();
            descriptor = factory.descriptor();
        } catch (RuntimeException | LinkageError e) {
            // a module built against another version of the SPI (no descriptor())
            LOG.log(
                    Level.WARNING,
                    "Skipped the webhook provider factory " + factory.getClass().getName()
                            + ", which cannot describe itself (built for another webhooks4j version?): " + e);
            return;
        }
        if (descriptor == null || !id.equals(descriptor.id())) {
            LOG.log(
                    Level.WARNING,
                    "Skipped the webhook provider factory " + factory.getClass().getName() + ": its id '" + id
                            + "' is not its descriptor's"
                            + (descriptor == null ? " (none)" : " '" + descriptor.id() + "'"));
            return;
        }
        if (!isConfigurableId(id)) {
            LOG.log(
                    Level.WARNING,
                    "Skipped the webhook provider factory " + factory.getClass().getName() + ": its id '" + id
                            + "' cannot be a webhooks.<id> property block (lower-case letters, digits and dashes,"
                            + " not a name of the starter's own properties)");
            return;
        }
        if (found.putIfAbsent(id, factory) == null) {
            descriptors.put(id, descriptor);
        }
    }

    private static boolean isConfigurableId(String id) {
        return id.matches("[a-z0-9]+(-[a-z0-9]+)*")
                && !WebhooksPropertyCheck.RESERVED_BLOCKS.contains(WebhooksPropertyCheck.uniform(id));
    }

    /** The property that makes provider {@code <id>} an instance of a factory of another id. */
    static final String PROVIDER_KEY = "provider";

    /**
     * This catalogue plus the instances {@code environment} asks for with {@code webhooks.<id>.provider:
     * <factory id>} (several senders of one scheme side by side, such as Standard Webhooks' {@code clerk} and
     * {@code resend}), each made by the factory's {@link WebhookProviderFactory#forId(String)}.
     *
     * @throws WebhooksSetupException when the factory is not on the class path, exists once, refuses the id, or
     *     the id is already a discovered provider's
     */
    ProviderCatalogue withInstances(Environment environment) {
        Map<String, String> wanted = new TreeMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().forEach(name -> {
                if (name.getNumberOfElements() == 3
                        && name.getElement(0, ConfigurationPropertyName.Form.DASHED)
                                .equals("webhooks")
                        && name.getElement(2, ConfigurationPropertyName.Form.DASHED)
                                .equals(PROVIDER_KEY)) {
                    String id = name.getElement(1, ConfigurationPropertyName.Form.DASHED);
                    String value = environment.getProperty("webhooks." + id + "." + PROVIDER_KEY);
                    if (value != null && !value.isBlank()) {
                        wanted.putIfAbsent(id, value.strip());
                    }
                }
            });
        }
        if (wanted.isEmpty()) {
            return this;
        }
        Map<String, WebhookProviderFactory> found = new TreeMap<>(factories);
        Map<String, ProviderDescriptor> described = new TreeMap<>(descriptors);
        Map<String, String> made = new TreeMap<>();
        wanted.forEach((id, base) -> {
            String property = "webhooks." + id + "." + PROVIDER_KEY;
            if (factories.containsKey(id)) {
                throw instanceError(
                        property + ": '" + id + "' is already the id of a provider on the class path",
                        "Choose another id for this sender, or remove " + property + ".");
            }
            WebhookProviderFactory factory = factories.get(base);
            if (factory == null) {
                throw instanceError(
                        property + " names '" + base + "', which is no provider on the class path (discovered: "
                                + factories.keySet() + ")",
                        "Add the provider module that defines '" + base + "', or correct " + property + ".");
            }
            WebhookProviderFactory instance;
            try {
                instance = factory.forId(id);
            } catch (IllegalArgumentException e) {
                throw instanceError(property + ": " + e.getMessage(), "Choose another id for this sender.");
            }
            if (instance == null) {
                throw instanceError(
                        property + ": provider '" + base + "' exists once and cannot be configured under another id",
                        "Configure it under webhooks." + base + " instead.");
            }
            add(instance, found, described);
            if (!found.containsKey(id)) {
                throw instanceError(
                        property + ": provider '" + base + "' made no provider '" + id + "'",
                        "Report this to the provider module's authors.");
            }
            made.put(id, base);
        });
        return new ProviderCatalogue(found, described, made);
    }

    private static WebhooksSetupException instanceError(String description, String action) {
        return new WebhooksSetupException(WebhooksSetupException.Kind.INVALID_SETTING, description, action);
    }

    /** The instances made with {@code webhooks.<id>.provider}: their ids, and the factory id each came from. */
    Map<String, String> instances() {
        return instances;
    }

    /** The ids of the discovered providers, in alphabetical order. */
    Set<String> ids() {
        return factories.keySet();
    }

    @Nullable
    WebhookProviderFactory factory(String id) {
        return factories.get(id);
    }

    @Nullable
    ProviderDescriptor descriptor(String id) {
        return descriptors.get(id);
    }

    /** The descriptors, by id in alphabetical order. */
    Collection<ProviderDescriptor> descriptors() {
        return descriptors.values();
    }

    /** The id of a discovered provider whose id is {@code uniform} (lower case, no dashes), if any. */
    @Nullable
    String idOfUniform(String uniform) {
        return byUniformId.get(uniform.toLowerCase(Locale.ROOT));
    }

    /** Provider {@code id}'s event types by name ({@code any} keys excluded); empty for an unknown id. */
    Map<String, EventType<?>> eventTypes(String id) {
        return types.getOrDefault(id, Map.of());
    }

    /** Every type of every catalogue, for "did you mean" hints. */
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
