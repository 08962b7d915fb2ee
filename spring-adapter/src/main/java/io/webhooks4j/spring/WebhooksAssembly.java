package io.webhooks4j.spring;

import io.webhooks4j.DeliveryLedger;
import io.webhooks4j.EventType;
import io.webhooks4j.Keyring;
import io.webhooks4j.WebhookEvent;
import io.webhooks4j.WebhookObserver;
import io.webhooks4j.Webhooks;
import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.inbox.DeliverySink;
import io.webhooks4j.inbox.Inbox;
import io.webhooks4j.inbox.InboxOptions;
import io.webhooks4j.inbox.RetryPolicy;
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

    /** The delivery mode of provider {@code id}: its own {@code webhooks.<id>.mode}, else {@code webhooks.inbox.mode}. */
    DeliveryMode mode(String id) {
        WebhooksProperties.Provider settings = configured.settings(id);
        DeliveryMode own = settings == null ? null : settings.getMode();
        return own != null ? own : defaultMode();
    }

    private DeliveryMode defaultMode() {
        DeliveryMode mode = properties.getInbox().getMode();
        return mode == null ? DeliveryMode.INLINE : mode;
    }

    /**
     * The properties that ask for inbox mode among {@code providers} (those that are on): {@code
     * webhooks.inbox.mode=inbox} and each provider's {@code webhooks.<id>.mode=inbox}; empty when every delivery
     * runs inline, so that no inbox is needed.
     */
    List<String> inboxModeProperties(Map<String, WebhookProvider<?>> providers) {
        List<String> asking = new ArrayList<>();
        if (defaultMode() == DeliveryMode.INBOX) {
            asking.add("webhooks.inbox.mode=inbox");
        }
        for (String id : providers.keySet()) {
            WebhooksProperties.Provider settings = configured.settings(id);
            if (settings != null && settings.getMode() == DeliveryMode.INBOX) {
                asking.add("webhooks." + id + ".mode=inbox");
            }
        }
        return asking;
    }

    /**
     * The workers' settings from {@code webhooks.inbox.*}, each checked with its property named (the core's own
     * checks would name its parameters).
     */
    InboxOptions inboxOptions() {
        WebhooksProperties.Inbox inbox = properties.getInbox();
        int workers = inbox.getWorkers();
        if (workers < 0 || workers > 256) {
            throw invalid(
                    "webhooks.inbox.workers must be between 0 and 256, was " + workers,
                    "Set webhooks.inbox.workers to the number of worker threads of this instance (default 4); 0 only"
                            + " stores deliveries, for another instance to work the inbox.");
        }
        Duration pollInterval = positive("webhooks.inbox.poll-interval", inbox.getPollInterval(), "1s");
        Duration lease = required("webhooks.inbox.lease", inbox.getLease(), "60s");
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw invalid(
                    "webhooks.inbox.lease must be at least 3s, was " + lease,
                    "Set webhooks.inbox.lease to at least 3s (default 60s): a claim is renewed every third of it while"
                            + " the handler runs, and a crashed instance's claims are taken over once it lapses.");
        }
        Duration initialBackoff = positive("webhooks.inbox.initial-backoff", inbox.getInitialBackoff(), "10s");
        Duration maxBackoff = required("webhooks.inbox.max-backoff", inbox.getMaxBackoff(), "1h");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw invalid(
                    "webhooks.inbox.max-backoff (" + maxBackoff + ") is shorter than webhooks.inbox.initial-backoff ("
                            + initialBackoff + ")",
                    "Set webhooks.inbox.max-backoff to at least webhooks.inbox.initial-backoff (defaults 1h and 10s).");
        }
        int maxAttempts = inbox.getMaxAttempts();
        if (maxAttempts < 1) {
            throw invalid(
                    "webhooks.inbox.max-attempts must be at least 1, was " + maxAttempts,
                    "Set webhooks.inbox.max-attempts to the attempts a delivery gets before it is dead (default 30,"
                            + " about a day with the default backoff).");
        }
        Duration retention = notNegative("webhooks.inbox.retention", inbox.getRetention(), "7d; 0 keeps them");
        Duration grace = notNegative("webhooks.inbox.shutdown-grace", inbox.getShutdownGrace(), "10s");
        RetryPolicy retry = RetryPolicy.DEFAULT
                .withInitialBackoff(initialBackoff)
                .withMaxBackoff(maxBackoff)
                .withMaxAttempts(maxAttempts);
        return new InboxOptions(workers, pollInterval, lease, retry, retention, grace);
    }

    private static Duration required(String property, @Nullable Duration value, String example) {
        if (value == null) {
            throw invalid(property + " is empty", "Set " + property + " to a duration such as " + example + ".");
        }
        return value;
    }

    private static Duration positive(String property, @Nullable Duration value, String example) {
        Duration d = required(property, value, example);
        if (d.isNegative() || d.isZero()) {
            throw invalid(
                    property + " must be positive, was " + d,
                    "Set " + property + " to a positive duration such as " + example + ".");
        }
        return d;
    }

    private static Duration notNegative(String property, @Nullable Duration value, String example) {
        Duration d = required(property, value, example);
        if (d.isNegative()) {
            throw invalid(
                    property + " must not be negative, was " + d,
                    "Set " + property + " to a duration such as " + example + ".");
        }
        return d;
    }

    private static WebhooksSetupException invalid(String description, String action) {
        return new WebhooksSetupException(WebhooksSetupException.Kind.INVALID_SETTING, description, action);
    }

    /**
     * The one line that says where deliveries run: {@code webhooks4j inbox: JdbcInbox[...], 4 workers; inbox mode
     * for stripe; inline for twilio}.
     */
    String inboxLine(Inbox inbox, InboxOptions options, Map<String, WebhookProvider<?>> providers) {
        List<String> inInbox = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        for (String id : providers.keySet()) {
            (mode(id) == DeliveryMode.INBOX ? inInbox : inline).add(id);
        }
        return "webhooks4j inbox: " + inbox + ", " + options.workers() + " worker" + (options.workers() == 1 ? "" : "s")
                + (inInbox.isEmpty() ? "" : "; inbox mode for " + String.join(", ", inInbox))
                + (inline.isEmpty() ? "" : "; inline for " + String.join(", ", inline));
    }

    /** Builds the pipeline, without an inbox. */
    Webhooks build(
            Map<String, WebhookProvider<?>> providers,
            @Nullable DeliveryLedger ledger,
            List<WebhookRoute> routes,
            @Nullable ConfigurableListableBeanFactory beanFactory,
            List<WebhookObserver> observers,
            List<WebhooksCustomizer> customizers) {
        return build(providers, ledger, null, null, routes, beanFactory, observers, customizers);
    }

    /**
     * Builds the pipeline. With an {@code inbox} or a {@code sink} (Kafka), its options come from {@code webhooks.inbox.*}, the default mode
     * from {@code webhooks.inbox.mode} and each provider's from {@code webhooks.<id>.mode}.
     */
    Webhooks build(
            Map<String, WebhookProvider<?>> providers,
            @Nullable DeliveryLedger ledger,
            @Nullable Inbox inbox,
            @Nullable DeliverySink sink,
            List<WebhookRoute> routes,
            @Nullable ConfigurableListableBeanFactory beanFactory,
            List<WebhookObserver> observers,
            List<WebhooksCustomizer> customizers) {
        Webhooks.Builder builder = Webhooks.builder();
        InboxOptions options = inboxOptions(); // checked in inline mode too: a wrong value is a mistake either way
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
        if (inbox != null || sink != null) {
            if (inbox != null) {
                builder.inbox(inbox);
            } else {
                builder.sink(sink);
            }
            builder.inboxOptions(options).defaultMode(defaultMode());
            for (String id : providers.keySet()) {
                WebhooksProperties.Provider settings = configured.settings(id);
                if (settings != null && settings.getMode() != null) {
                    builder.mode(id, settings.getMode());
                }
            }
            if (inbox == null) {
                LOG.log(
                        Level.INFO,
                        () -> "webhooks4j inbox: " + sink + "; inbox mode for " + inboxModeProperties(providers));
            } else {
                LOG.log(Level.INFO, () -> inboxLine(inbox, options, providers));
            }
            if (inbox != null && !inbox.isDurable()) {
                LOG.log(
                        Level.WARNING,
                        "The webhooks inbox " + inbox + " is not durable: deliveries acknowledged but not handled yet"
                                + " are lost when the process ends. Use a JdbcInbox (webhooks4j-jdbc and a DataSource)"
                                + " outside tests.");
            }
        }
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
