package io.webhooks4j.spring;

import io.webhooks4j.Keyring;
import io.webhooks4j.spi.ProviderDescriptor;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The {@code webhooks.<id>.*} settings of every provider, bound with Spring's {@link Binder} for each id: every
 * provider the {@link ProviderCatalogue} discovered, and every {@code webhooks.<id>} block of the environment
 * without a module (so that a missing module is named, not silently ignored). Also the one public base URL,
 * from {@code webhooks.public-base-url} or, deprecated, a URL-signing provider's {@code
 * webhooks.<id>.public-base-url}.
 */
final class ConfiguredProviders {
    private static final System.Logger LOG = System.getLogger(ConfiguredProviders.class.getName());
    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("webhooks");
    static final String PUBLIC_BASE_URL = "webhooks.public-base-url";

    /** The public base URL and the property it was set with. */
    record PublicBaseUrl(String url, String property) {}

    private final ProviderCatalogue catalogue;
    private final Map<String, WebhooksProperties.Provider> settings;
    private final @Nullable PublicBaseUrl publicBaseUrl;

    ConfiguredProviders(
            ProviderCatalogue catalogue,
            Map<String, WebhooksProperties.Provider> settings,
            @Nullable String generalPublicBaseUrl) {
        this.catalogue = catalogue;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        this.publicBaseUrl = resolvePublicBaseUrl(generalPublicBaseUrl);
    }

    /** Binds the block of every discovered provider and of every other block {@code environment} has. */
    static ConfiguredProviders bind(
            Environment environment, ProviderCatalogue catalogue, WebhooksProperties properties) {
        Binder binder = Binder.get(environment);
        Set<String> ids = new TreeSet<>(catalogue.ids());
        for (String block : blockIds(environment)) {
            if (catalogue.idOfUniform(WebhooksPropertyCheck.uniform(block)) == null) {
                ids.add(block);
            }
        }
        Map<String, WebhooksProperties.Provider> settings = new LinkedHashMap<>();
        for (String id : ids) {
            settings.put(
                    id,
                    binder.bind("webhooks." + id, Bindable.of(WebhooksProperties.Provider.class))
                            .orElseGet(WebhooksProperties.Provider::new));
        }
        return new ConfiguredProviders(catalogue, settings, properties.getPublicBaseUrl());
    }

    /**
     * The second element of every {@code webhooks.<x>.<key>} property of {@code environment} whose {@code <x>}
     * is not one of the starter's own properties: the ids of the provider blocks it sets, discovered or not.
     */
    static Set<String> blockIds(Environment environment) {
        Set<String> ids = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.filter(ROOT::isAncestorOf).stream().forEach(name -> {
                if (name.getNumberOfElements() < 3 || name.isNumericIndex(1)) {
                    return;
                }
                String block = name.getElement(1, ConfigurationPropertyName.Form.DASHED);
                if (!WebhooksPropertyCheck.RESERVED_BLOCKS.contains(WebhooksPropertyCheck.uniform(block))
                        && ConfigurationPropertyName.isValid("webhooks." + block)) {
                    ids.add(block);
                }
            });
        }
        return ids;
    }

    /** Every provider id with a settings block: the discovered ones and the environment's others. */
    Set<String> ids() {
        return settings.keySet();
    }

    /** The settings of provider {@code id}; {@code null} for an id neither discovered nor configured. */
    WebhooksProperties.@Nullable Provider settings(String id) {
        return settings.get(id);
    }

    @Nullable
    ProviderDescriptor descriptor(String id) {
        return catalogue.descriptor(id);
    }

    ProviderCatalogue catalogue() {
        return catalogue;
    }

    /** The keyring the secrets of provider {@code id} make ({@code key-1}, {@code key-2}, ...); null without any. */
    @Nullable
    Keyring keyring(String id) {
        WebhooksProperties.Provider provider = settings.get(id);
        List<String> secrets = provider == null ? List.of() : provider.presentSecrets();
        if (secrets.isEmpty()) {
            return null;
        }
        ProviderDescriptor descriptor = catalogue.descriptor(id);
        return descriptor == null
                ? Keyring.of(secrets)
                : Keyring.forProvider(descriptor.secretName(), secrets.toArray(String[]::new));
    }

    /** The ids of the keys of provider {@code id}, never the secrets; empty without any. */
    List<String> keyIds(String id) {
        Keyring keyring = keyring(id);
        return keyring == null ? List.of() : keyring.ids();
    }

    /** Whether provider {@code id} is on: not switched off, with a secret, and its module discovered. */
    boolean isOn(String id) {
        WebhooksProperties.Provider provider = settings.get(id);
        return provider != null
                && !Boolean.FALSE.equals(provider.getEnabled())
                && !provider.presentSecrets().isEmpty()
                && catalogue.factory(id) != null;
    }

    /** The ids of the providers that are on, with their key ids. */
    Map<String, List<String>> keyIdsOfProvidersOn() {
        Map<String, List<String>> on = new LinkedHashMap<>();
        for (String id : settings.keySet()) {
            if (isOn(id)) {
                on.put(id, keyIds(id));
            }
        }
        return on;
    }

    /** The public base URL, if one is set; a deprecated per-provider alias gives one WARN. */
    @Nullable
    PublicBaseUrl publicBaseUrl() {
        return publicBaseUrl;
    }

    private @Nullable PublicBaseUrl resolvePublicBaseUrl(@Nullable String general) {
        PublicBaseUrl chosen =
                general == null || general.isBlank() ? null : new PublicBaseUrl(general.strip(), PUBLIC_BASE_URL);
        for (Map.Entry<String, WebhooksProperties.Provider> entry : settings.entrySet()) {
            String alias = entry.getValue().getPublicBaseUrl();
            ProviderDescriptor descriptor = catalogue.descriptor(entry.getKey());
            if (alias == null || descriptor == null || !descriptor.signsUrl()) {
                continue; // a provider that does not sign the URL has no such key (the property check says so)
            }
            String property = "webhooks." + entry.getKey() + ".public-base-url";
            LOG.log(
                    Level.WARNING,
                    property + " is deprecated: the public URL is the application's, the same for every provider;"
                            + " set " + PUBLIC_BASE_URL + " instead");
            if (alias.isBlank()) {
                continue;
            }
            PublicBaseUrl candidate = new PublicBaseUrl(alias.strip(), property);
            if (chosen == null) {
                chosen = candidate;
            } else if (!chosen.url().equals(candidate.url())) {
                throw new WebhooksSetupException(
                        WebhooksSetupException.Kind.INVALID_SETTING,
                        chosen.property() + " and " + property + " name different public base URLs",
                        "Set the public URL of the application once, with " + PUBLIC_BASE_URL + ", and remove "
                                + property + ".");
            }
        }
        return chosen;
    }

    @Override
    public String toString() {
        return "ConfiguredProviders" + keyIdsOfProvidersOn().keySet();
    }
}
