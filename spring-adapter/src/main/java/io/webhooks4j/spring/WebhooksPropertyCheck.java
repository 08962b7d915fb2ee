package io.webhooks4j.spring;

import io.webhooks4j.inbox.DeliveryMode;
import io.webhooks4j.spi.ProviderDescriptor;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Fails start-up for a property under {@code webhooks.*} that binds to nothing ({@code webhooks.<id>.secret},
 * singular) or means nothing ({@code webhooks.<id>.tolerance} for a provider whose descriptor says it signs no
 * timestamp), naming the property that was probably meant. Spring Boot would ignore both silently, and the
 * application would start and answer 404 or verify with defaults. The names come from the starter's own
 * properties and the descriptors of the providers it discovered; a block {@code webhooks.<id>} of a provider
 * that is not on the class path may hold the keys every provider has (the assembly then says the module is
 * missing), unless its id is one edit from a discovered one (a misspelt id).
 *
 * <p>Environment variables are shared with everything on the host, so an unknown {@code WEBHOOKS_*}
 * variable fails start-up only when it is clearly meant for the starter (under a discovered provider's block,
 * or one edit from a known name); otherwise it is logged. {@code webhooks.fail-on-unknown-properties=false}
 * turns every failure into a WARN line, for an application whose own properties share the {@code webhooks}
 * prefix.
 */
final class WebhooksPropertyCheck {
    private static final System.Logger LOG = System.getLogger(WebhooksPropertyCheck.class.getName());
    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("webhooks");

    /** The starter's own property names (not a provider's), as written in documentation. */
    static final List<String> GENERAL;

    /** Those of them ending in a list or a map: any index or key may follow. */
    static final Set<String> GENERAL_OPEN;

    /** The first element after {@code webhooks.} of every general name (uniform): never a provider block. */
    static final Set<String> RESERVED_BLOCKS;

    /** The keys every provider block has. */
    static final List<String> PROVIDER_KEYS = List.of("enabled", "secrets", "max-body-size", "options", "mode");

    /** The properties of the durable inbox ({@link WebhooksProperties.Inbox}). */
    static final List<String> INBOX_PROPERTIES = List.of(
            "webhooks.inbox.mode",
            "webhooks.inbox.workers",
            "webhooks.inbox.poll-interval",
            "webhooks.inbox.lease",
            "webhooks.inbox.initial-backoff",
            "webhooks.inbox.max-backoff",
            "webhooks.inbox.max-attempts",
            "webhooks.inbox.retention",
            "webhooks.inbox.shutdown-grace",
            "webhooks.inbox.table",
            "webhooks.inbox.create-schema",
            "webhooks.inbox.show-body",
            "webhooks.inbox.engine",
            "webhooks.inbox.kafka.topic",
            "webhooks.inbox.kafka.dead-letter-topic",
            "webhooks.inbox.kafka.consumer",
            "webhooks.inbox.kafka.group-id",
            "webhooks.inbox.kafka.lanes",
            "webhooks.inbox.kafka.initial-backoff",
            "webhooks.inbox.kafka.max-backoff",
            "webhooks.inbox.kafka.max-attempts");

    /** The key of a provider's delivery mode, and the general one. */
    static final String MODE = "mode";

    /** Those of them that are lists or maps. */
    static final Set<String> PROVIDER_OPEN_KEYS = Set.of("secrets", "options");

    /** The key of a provider that signs a timestamp. */
    static final String TOLERANCE = "tolerance";

    /** The deprecated key of a provider that signs the request URL (an alias of webhooks.public-base-url). */
    static final String PUBLIC_BASE_URL = "public-base-url";

    static {
        List<String> general = new ArrayList<>(List.of(
                "webhooks.path",
                ConfiguredProviders.PUBLIC_BASE_URL,
                "webhooks.trusted-proxies",
                "webhooks.ledger",
                "webhooks.ledger-table",
                "webhooks.ledger-create-table",
                "webhooks.fail-on-unknown-properties",
                "webhooks.max-body-in-flight",
                "webhooks.security.enabled"));
        general.addAll(WebhooksServletAutoConfiguration.SERVLET_PROPERTIES);
        general.addAll(INBOX_PROPERTIES);
        GENERAL = List.copyOf(general);
        Set<String> open = new LinkedHashSet<>();
        open.add("webhooks.trusted-proxies");
        open.addAll(WebhooksServletAutoConfiguration.SERVLET_LIST_PROPERTIES);
        GENERAL_OPEN = Collections.unmodifiableSet(open);
        Set<String> reserved = new LinkedHashSet<>();
        for (String name : GENERAL) {
            reserved.add(uniform(name.split("\\.")[1]));
        }
        RESERVED_BLOCKS = Collections.unmodifiableSet(reserved);
    }

    private final List<String> known;

    /** Runs the check: a bean that other webhooks4j beans depend on, so it runs before they are made. */
    WebhooksPropertyCheck(ConfigurableEnvironment environment, ProviderCatalogue catalogue) {
        check(environment, catalogue);
        this.known = known(catalogue);
    }

    /**
     * Every property name the starter binds with the providers of {@code catalogue}, as written in documentation
     * (lists and maps without keys): the general ones, then each provider's by its descriptor.
     */
    static List<String> known(ProviderCatalogue catalogue) {
        List<String> known = new ArrayList<>(GENERAL);
        for (ProviderDescriptor descriptor : catalogue.descriptors()) {
            known.addAll(providerNames(descriptor.id(), descriptor.signsTimestamp(), descriptor.signsUrl()));
            if (catalogue.instances().containsKey(descriptor.id())) {
                known.add("webhooks." + descriptor.id() + "." + ProviderCatalogue.PROVIDER_KEY);
            }
        }
        return List.copyOf(known);
    }

    /** The names of provider {@code id}'s block. */
    static List<String> providerNames(String id, boolean tolerance, boolean publicBaseUrl) {
        List<String> names = new ArrayList<>();
        for (String key : PROVIDER_KEYS) {
            names.add("webhooks." + id + "." + key);
        }
        if (tolerance) {
            names.add("webhooks." + id + "." + TOLERANCE);
        }
        if (publicBaseUrl) {
            names.add("webhooks." + id + "." + PUBLIC_BASE_URL);
        }
        return names;
    }

    /** Whether {@code known} (one of the names of {@link #known}) ends in a list or a map. */
    static boolean isOpen(String known) {
        if (GENERAL_OPEN.contains(known)) {
            return true;
        }
        String[] parts = known.split("\\.");
        return parts.length == 3 && !GENERAL.contains(known) && PROVIDER_OPEN_KEYS.contains(parts[2]);
    }

    List<String> known() {
        return known;
    }

    /** One property that binds to nothing, with where it was set and what to do. */
    record Problem(String name, @Nullable String origin, String why, String action, boolean environmentVariable) {
        String describe() {
            return "'" + name + "'" + (origin == null ? "" : " (" + origin + ")") + ": " + why;
        }
    }

    /** Checks every {@code webhooks.*} property of {@code environment}; throws or logs what binds to nothing. */
    static void check(ConfigurableEnvironment environment, ProviderCatalogue catalogue) {
        checkModes(environment);
        List<Problem> problems = problems(environment, catalogue);
        if (problems.isEmpty()) {
            return;
        }
        boolean fail = !"false"
                .equalsIgnoreCase(environment
                        .getProperty("webhooks.fail-on-unknown-properties", "true")
                        .strip());
        List<Problem> fatal = new ArrayList<>();
        for (Problem problem : problems) {
            boolean ours = !problem.environmentVariable()
                    || problem.action().startsWith("Did you mean")
                    || isUnderProviderBlock(problem.name(), catalogue);
            if (fail && ours) {
                fatal.add(problem);
            } else {
                LOG.log(Level.WARNING, "Ignored webhooks property " + problem.describe() + ". " + problem.action());
            }
        }
        if (!fatal.isEmpty()) {
            StringBuilder description = new StringBuilder(
                    fatal.size() == 1
                            ? "A webhooks property binds to nothing: "
                            : "Webhooks properties bind to nothing: ");
            for (int i = 0; i < fatal.size(); i++) {
                description.append(i == 0 ? "" : "; ").append(fatal.get(i).describe());
            }
            StringBuilder action = new StringBuilder();
            for (Problem problem : fatal) {
                action.append(action.length() == 0 ? "" : " ").append(problem.action());
            }
            action.append(" The properties are listed in the README of webhooks4j-spring-boot-starter (set "
                    + "webhooks.fail-on-unknown-properties=false if your application's own properties share the "
                    + "webhooks prefix).");
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.UNKNOWN_PROPERTY,
                    description.toString(),
                    action.toString().strip());
        }
    }

    /**
     * Fails start-up for a delivery mode ({@code webhooks.inbox.mode}, {@code webhooks.<id>.mode}) that is neither
     * {@code inline} nor {@code inbox}, whatever {@code fail-on-unknown-properties} says: the property is meant,
     * its value is wrong.
     */
    static void checkModes(ConfigurableEnvironment environment) {
        List<String> wrong = new ArrayList<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.filter(ROOT::isAncestorOf).stream().forEach(name -> {
                if (name.getNumberOfElements() != 3
                        || name.isNumericIndex(1)
                        || !name.getElement(2, ConfigurationPropertyName.Form.UNIFORM)
                                .equals(MODE)) {
                    return;
                }
                String block = name.getElement(1, ConfigurationPropertyName.Form.DASHED);
                if (RESERVED_BLOCKS.contains(uniform(block)) && !uniform(block).equals("inbox")) {
                    return;
                }
                String property = "webhooks." + block + "." + MODE;
                ConfigurationProperty value = source.getConfigurationProperty(name);
                String text = value == null || value.getValue() == null
                        ? ""
                        : environment
                                .resolvePlaceholders(value.getValue().toString())
                                .strip();
                if (text.isEmpty()) {
                    return;
                }
                try {
                    DeliveryMode.fromCode(text);
                } catch (IllegalArgumentException e) {
                    String problem = property + " is '" + text + "'";
                    if (!wrong.contains(problem)) {
                        wrong.add(problem);
                    }
                }
            });
        }
        if (!wrong.isEmpty()) {
            throw new WebhooksSetupException(
                    WebhooksSetupException.Kind.INVALID_SETTING,
                    String.join("; ", wrong) + ": a delivery mode is inline or inbox",
                    "Set the mode to inline (handlers run in the provider's request) or inbox (deliveries are stored"
                            + " durably, answered, then handled by the inbox workers), or remove it: providers"
                            + " without a mode of their own use webhooks.inbox.mode, inline by default.");
        }
    }

    static List<Problem> problems(ConfigurableEnvironment environment, ProviderCatalogue catalogue) {
        List<String> known = known(catalogue);
        Map<String, Problem> found = new LinkedHashMap<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            boolean environmentVariables = source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource;
            iterable.filter(ROOT::isAncestorOf).stream().forEach(name -> {
                String path = path(name, true);
                if (found.containsKey(path)) {
                    return;
                }
                Problem problem =
                        judge(known, catalogue, path, path(name, false), origin(source, name), environmentVariables);
                if (problem != null) {
                    found.put(path, problem);
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    /**
     * {@code webhooks.stripe.secrets[0]} -> {@code webhooks.stripe.secrets}: a list index or a map key in
     * brackets is left out (what comes before it decides). Uniform: lower case without dashes.
     */
    private static String path(ConfigurationPropertyName name, boolean uniform) {
        String text = name.toString();
        int bracket = text.indexOf('[');
        String path = bracket < 0 ? text : text.substring(0, bracket);
        return uniform ? uniform(path) : path;
    }

    static String uniform(String documented) {
        return documented.replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static @Nullable Problem judge(
            List<String> known,
            ProviderCatalogue catalogue,
            String path,
            String display,
            @Nullable String origin,
            boolean environmentVariable) {
        if (matches(known, path, environmentVariable)) {
            return null;
        }
        List<String> candidates = known;
        String[] parts = path.split("\\.");
        if (parts.length >= 3 && !RESERVED_BLOCKS.contains(parts[1])) {
            String id = catalogue.idOfUniform(parts[1]);
            ProviderDescriptor descriptor = id == null ? null : catalogue.descriptor(id);
            String block = display.split("\\.")[1];
            if (descriptor != null && parts.length == 3 && parts[2].equals(TOLERANCE)) {
                List<String> timestamped = catalogue.descriptors().stream()
                        .filter(ProviderDescriptor::signsTimestamp)
                        .map(d -> "webhooks." + d.id() + "." + TOLERANCE)
                        .toList();
                return new Problem(
                        display,
                        origin,
                        "provider " + id + " signs no timestamp, so there is no tolerance to set",
                        "Remove " + display + " ("
                                + (timestamped.isEmpty()
                                        ? "no provider on the class path signs a timestamp"
                                        : "only " + String.join(", ", timestamped)
                                                + (timestamped.size() == 1 ? " exists" : " exist"))
                                + ").",
                        environmentVariable);
            }
            if (descriptor != null && parts.length == 3 && parts[2].equals(uniform(PUBLIC_BASE_URL))) {
                return new Problem(
                        display,
                        origin,
                        "provider " + id + " does not sign the request URL, and the public URL is the"
                                + " application's, not a provider's",
                        "Did you mean '" + ConfiguredProviders.PUBLIC_BASE_URL + "'?",
                        environmentVariable);
            }
            if (descriptor == null && !isNearAKnownBlock(parts[1], catalogue)) {
                // the block of a provider whose module is not on the class path: the keys every provider has
                List<String> generic = providerNames(block, true, true);
                if (matches(generic, path, environmentVariable)) {
                    return null;
                }
                candidates = new ArrayList<>(known);
                candidates.addAll(generic);
            }
        }
        List<String> suggestions = suggestions(candidates, path);
        return new Problem(
                display,
                origin,
                "no such property",
                suggestions.isEmpty()
                        ? "Remove it, or use one of the documented webhooks.* properties."
                        : "Did you mean "
                                + String.join(
                                        " or ",
                                        suggestions.stream()
                                                .map(s -> "'" + s + "'")
                                                .toList()) + "?",
                environmentVariable);
    }

    /**
     * Whether {@code path} (uniform) is one of the {@code known} names or under an open one. An environment
     * variable's underscores stand for dots and dashes alike ({@code WEBHOOKS_INBOX_INITIAL_BACKOFF} is {@code
     * webhooks.inbox.initial-backoff}, as Spring binds it), so for one the separators are left out of the comparison.
     */
    private static boolean matches(List<String> known, String path, boolean environmentVariable) {
        String loosePath = environmentVariable ? loose(path) : null;
        for (String name : known) {
            String form = uniform(name);
            if (path.equals(form) || (isOpen(name) && path.startsWith(form + "."))) {
                return true;
            }
            if (loosePath != null) {
                String looseForm = loose(form);
                if (loosePath.equals(looseForm)
                        || (isOpen(name) && loosePath.startsWith(looseForm) && path.length() > form.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String loose(String uniform) {
        return uniform.replace(".", "");
    }

    /** Whether {@code block} is one or two edits from a discovered id or a general name (misspelt). */
    private static boolean isNearAKnownBlock(String block, ProviderCatalogue catalogue) {
        List<String> blocks = new ArrayList<>(RESERVED_BLOCKS);
        catalogue.ids().forEach(id -> blocks.add(uniform(id)));
        for (String form : blocks) {
            if (distance(block, form) <= (form.length() <= 3 ? 1 : 2)) {
                return true;
            }
        }
        return false;
    }

    static List<String> suggestions(List<String> known, String path) {
        int limit = Math.max(2, path.length() / 6);
        return known.stream()
                .filter(name ->
                        distance(path, uniform(name)) <= limit || (isOpen(name) && path.startsWith(uniform(name))))
                .sorted(Comparator.comparingInt(name -> distance(path, uniform(name))))
                .limit(2)
                .toList();
    }

    private static boolean isUnderProviderBlock(String name, ProviderCatalogue catalogue) {
        String[] parts = name.split("\\.");
        return parts.length > 2 && catalogue.idOfUniform(uniform(parts[1])) != null;
    }

    private static @Nullable String origin(ConfigurationPropertySource source, ConfigurationPropertyName name) {
        ConfigurationProperty property = source.getConfigurationProperty(name);
        Origin origin = property == null ? null : property.getOrigin();
        return origin == null ? null : origin.toString();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
