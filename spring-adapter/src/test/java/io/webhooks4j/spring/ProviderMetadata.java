package io.webhooks4j.spring;

import io.webhooks4j.spi.ProviderDescriptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The configuration metadata of the {@code webhooks.<id>.*} blocks, rendered from the providers' descriptors:
 * the annotation processor cannot see them (they are bound per discovered id), so the starter commits them in
 * {@code META-INF/additional-spring-configuration-metadata.json}, which the processor merges into the metadata
 * IDEs read. {@link ConfigurationMetadataTests} renders it from the real provider modules and compares.
 */
final class ProviderMetadata {
    static final Path COMMITTED =
            Path.of("src", "main", "resources", "META-INF", "additional-spring-configuration-metadata.json");
    static final String SOURCE_TYPE = WebhooksProperties.Provider.class.getName();

    private ProviderMetadata() {}

    /** The metadata document of {@code catalogue}'s providers, as committed (pretty-printed, final newline). */
    static String render(ProviderCatalogue catalogue) throws Exception {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        ArrayNode groups = root.putArray("groups");
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        for (ProviderDescriptor d : catalogue.descriptors()) {
            String prefix = "webhooks." + d.id();
            String module = WebhooksSetupException.moduleOf(d.id());
            groups.addObject()
                    .put("name", prefix)
                    .put("type", SOURCE_TYPE)
                    .put("sourceType", SOURCE_TYPE)
                    .put(
                            "description",
                            d.displayName() + " webhooks, received at webhooks.path/" + d.id()
                                    + " when its secrets are set and " + module + " is on the class path.");
            property(properties, prefix + ".enabled", "java.lang.Boolean")
                    .put(
                            "description",
                            "Whether " + d.displayName() + " is on. Unset, it is on when its secrets are"
                                    + " set; true without secrets fails start-up; false switches it and its listeners off.");
            property(properties, prefix + ".secrets", "java.util.List<java.lang.String>")
                    .put(
                            "description",
                            "The " + d.secretName() + ": several during a rotation, each verifies, and"
                                    + " the one that matched is reported by its id (key-1, key-2, ... in this order).");
            property(properties, prefix + ".max-body-size", "org.springframework.util.unit.DataSize")
                    .put(
                            "description",
                            "Largest body accepted. Unset: " + d.displayName() + "'s own limit, "
                                    + dataSize(d.defaultMaxBodyBytes()) + ".")
                    .put("defaultValue", dataSize(d.defaultMaxBodyBytes()));
            if (d.defaultTolerance().isPresent()) {
                property(properties, prefix + ".tolerance", "java.time.Duration")
                        .put(
                                "description",
                                "How far in the past the timestamp " + d.displayName() + " signs may" + " be. Unset: "
                                        + duration(d.defaultTolerance().get()) + ", the provider's default.")
                        .put("defaultValue", duration(d.defaultTolerance().get()));
            }
            if (d.signsUrl()) {
                ObjectNode alias = property(properties, prefix + ".public-base-url", "java.lang.String")
                        .put(
                                "description",
                                "Deprecated alias of webhooks.public-base-url (" + d.displayName()
                                        + " signs the request URL; the public URL is the application's, the same for every"
                                        + " provider).");
                alias.putObject("deprecation")
                        .put("level", "warning")
                        .put("reason", "The public URL is the application's, not a provider's.")
                        .put("replacement", ConfiguredProviders.PUBLIC_BASE_URL);
            }
            Map<String, String> options = new TreeMap<>(d.options());
            property(properties, prefix + ".options", "java.util.Map<java.lang.String,java.lang.String>")
                    .put(
                            "description",
                            options.isEmpty()
                                    ? d.displayName() + " has no provider-specific options."
                                    : d.displayName() + "'s provider-specific options by name: "
                                            + String.join(", ", options.keySet()) + " (see the README of " + module
                                            + ").");
            property(properties, prefix + ".mode", "io.webhooks4j.inbox.DeliveryMode")
                    .put(
                            "description",
                            "Where " + d.displayName() + "'s handlers run: inline (in its request) or inbox (stored"
                                    + " durably and answered, then run by the inbox workers). Handlers that reply"
                                    + " always run inline. Unset: webhooks.inbox.mode.");
            if (!options.isEmpty()) {
                ObjectNode hint = hints.addObject().put("name", prefix + ".options.keys");
                ArrayNode values = hint.putArray("values");
                options.forEach((name, description) ->
                        values.addObject().put("value", name).put("description", description));
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().writer().with(printer).writeValueAsString(root) + "\n";
    }

    private static ObjectNode property(ArrayNode properties, String name, String type) {
        return properties.addObject().put("name", name).put("type", type).put("sourceType", SOURCE_TYPE);
    }

    /** {@code 1MB}, {@code 64KB}, {@code 100B}: as Spring's DataSize parses it. */
    static String dataSize(long bytes) {
        long mb = 1024L * 1024;
        if (bytes % mb == 0) {
            return bytes / mb + "MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + "B";
    }

    /** {@code 5m}, {@code 1h}, {@code 30s}, {@code 1500ms}: as Spring's simple duration format parses it. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
