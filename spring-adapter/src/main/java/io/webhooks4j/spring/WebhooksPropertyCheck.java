package io.webhooks4j.spring;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Fails start-up for a property under {@code webhooks.*} that binds to nothing ({@code
 * webhooks.stripe.secret}, singular) or means nothing ({@code webhooks.github.tolerance}: GitHub signs no
 * timestamp), naming the property that was probably meant. Spring Boot would ignore both silently, and the
 * application would start and answer 404 or verify with defaults.
 *
 * <p>Environment variables are shared with everything on the host, so an unknown {@code WEBHOOKS_*}
 * variable fails start-up only when it is clearly meant for the starter (under a provider's block, or one
 * edit from a known name); otherwise it is logged. {@code webhooks.fail-on-unknown-properties=false} turns
 * every failure into a WARN line, for an application whose own properties share the {@code webhooks} prefix.
 */
final class WebhooksPropertyCheck {
    private static final System.Logger LOG = System.getLogger(WebhooksPropertyCheck.class.getName());
    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("webhooks");

    /** The providers whose deliveries carry a signed timestamp, so a tolerance means something. */
    static final Set<String> TIMESTAMPED = Set.of("stripe");

    /** Every property name the starter binds, as written in documentation (lists and maps without keys). */
    static final List<String> KNOWN;

    /** Those ending in a list or a map: any index or key may follow. */
    static final Set<String> OPEN = new LinkedHashSet<>();

    static {
        List<String> known = new ArrayList<>(List.of(
                "webhooks.path",
                "webhooks.trusted-proxies",
                "webhooks.ledger",
                "webhooks.ledger-table",
                "webhooks.ledger-create-table",
                "webhooks.fail-on-unknown-properties",
                "webhooks.max-body-in-flight",
                "webhooks.security.enabled"));
        known.addAll(WebhooksServletAutoConfiguration.SERVLET_PROPERTIES);
        OPEN.add("webhooks.trusted-proxies");
        OPEN.addAll(WebhooksServletAutoConfiguration.SERVLET_LIST_PROPERTIES);
        for (String id : WebhooksProperties.PROVIDER_IDS) {
            String prefix = "webhooks." + id + ".";
            known.add(prefix + "enabled");
            known.add(prefix + "secrets");
            known.add(prefix + "max-body-size");
            known.add(prefix + "options");
            OPEN.add(prefix + "secrets");
            OPEN.add(prefix + "options");
            if (TIMESTAMPED.contains(id)) {
                known.add(prefix + "tolerance");
            }
        }
        known.add("webhooks.twilio.public-base-url");
        KNOWN = List.copyOf(known);
    }

    /** Runs the check: a bean that other webhooks4j beans depend on, so it runs before they are made. */
    WebhooksPropertyCheck(ConfigurableEnvironment environment) {
        check(environment);
    }

    /** One property that binds to nothing, with where it was set and what to do. */
    record Problem(String name, String origin, String why, String action, boolean environmentVariable) {
        String describe() {
            return "'" + name + "'" + (origin == null ? "" : " (" + origin + ")") + ": " + why;
        }
    }

    /** Checks every {@code webhooks.*} property of {@code environment}; throws or logs what binds to nothing. */
    static void check(ConfigurableEnvironment environment) {
        List<Problem> problems = problems(environment);
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
                    || isUnderProviderBlock(problem.name());
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

    static List<Problem> problems(ConfigurableEnvironment environment) {
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
                Problem problem = judge(path, path(name, false), origin(source, name), environmentVariables);
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

    private static String uniform(String documented) {
        return documented.replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static Problem judge(String path, String display, String origin, boolean environmentVariable) {
        for (String known : KNOWN) {
            String form = uniform(known);
            if (path.equals(form) || (OPEN.contains(known) && path.startsWith(form + "."))) {
                return null;
            }
        }
        String[] parts = path.split("\\.");
        if (parts.length == 3
                && WebhooksProperties.PROVIDER_IDS.contains(parts[1])
                && parts[2].equals("tolerance")
                && !TIMESTAMPED.contains(parts[1])) {
            return new Problem(
                    display,
                    origin,
                    "provider " + parts[1] + " signs no timestamp, so there is no tolerance to set",
                    "Remove " + display + " (only webhooks.stripe.tolerance exists).",
                    environmentVariable);
        }
        List<String> suggestions = suggestions(path);
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

    static List<String> suggestions(String path) {
        int limit = Math.max(2, path.length() / 6);
        return KNOWN.stream()
                .filter(known -> distance(path, uniform(known)) <= limit
                        || (OPEN.contains(known) && path.startsWith(uniform(known))))
                .sorted(Comparator.comparingInt(known -> distance(path, uniform(known))))
                .limit(2)
                .toList();
    }

    private static boolean isUnderProviderBlock(String name) {
        String[] parts = name.split("\\.");
        return parts.length > 2 && WebhooksProperties.PROVIDER_IDS.contains(parts[1]);
    }

    private static String origin(ConfigurationPropertySource source, ConfigurationPropertyName name) {
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
