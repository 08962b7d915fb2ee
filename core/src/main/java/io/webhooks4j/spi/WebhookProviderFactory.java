package io.webhooks4j.spi;

import io.webhooks4j.EventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Creates a provider from neutral {@link ProviderSettings}. Each provider module registers one in
 * {@code META-INF/services/io.webhooks4j.spi.WebhookProviderFactory}, so tools configure providers by id (the
 * Spring starter from properties, the CLI from flags) without knowing their classes.
 */
public interface WebhookProviderFactory {
    /** The provider id, as {@link WebhookProvider#id()}: the descriptor's. */
    default String id() {
        return descriptor().id();
    }

    /**
     * A provider configured by {@code settings}: what tools call. Options the {@linkplain #descriptor() descriptor}
     * does not list are refused here, naming them, before {@link #build} sees the settings, so no factory can forget
     * the check and a mistyped option is never ignored.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    default WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions(descriptor());
        return build(settings);
    }

    /**
     * Builds the provider from {@code settings} whose options {@link #create} has checked against the descriptor:
     * what a factory implements. Tools call {@link #create}.
     *
     * @throws IllegalArgumentException naming the setting that is wrong (an option's value, a missing secret)
     */
    WebhookProvider<?> build(ProviderSettings settings);

    /** What tools need to know about the provider: its names, catalogue, defaults and options. */
    ProviderDescriptor descriptor();

    /**
     * Every event type the provider documents (its catalogue), for tools that resolve handlers by name or by
     * payload type (the Spring starter's {@code @WebhookListener}).
     */
    default List<EventType<?>> eventTypes() {
        return descriptor().catalogue().all();
    }

    /**
     * A factory for the same kind of provider under another id, for schemes many senders share (Standard
     * Webhooks: {@code clerk}, {@code resend}, ... side by side, each with its own secrets and path), or {@code
     * null} when the provider exists once (the default). Tools offer it as {@code webhooks.<id>.provider: <this
     * factory's id>}. The returned factory's {@link #id()} and descriptor id are {@code id}.
     *
     * @throws IllegalArgumentException when {@code id} is not a valid provider id for this kind of provider
     */
    default @Nullable WebhookProviderFactory forId(String id) {
        return null;
    }

    /** Every factory on the class path of {@code loader}, by id. */
    static Map<String, WebhookProviderFactory> discover(ClassLoader loader) {
        Map<String, WebhookProviderFactory> byId = new LinkedHashMap<>();
        for (WebhookProviderFactory factory : ServiceLoader.load(WebhookProviderFactory.class, loader)) {
            byId.putIfAbsent(factory.id(), factory);
        }
        return byId;
    }

    /** Every factory visible to this class's loader, by id. */
    static Map<String, WebhookProviderFactory> discover() {
        return discover(WebhookProviderFactory.class.getClassLoader());
    }
}
