package io.webhooks4j.codegen.github;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the Java text of the records and enums, in the project's conventions: {@code @JsonProperty} on every
 * component, every component {@code @Nullable}, integers as {@code Long}, {@code format: date-time} as {@code
 * Instant}, string enums as Java enums whose {@code @JsonEnumDefaultValue UNKNOWN} takes values added later, objects as
 * nested records bound by {@code GitHubRecordDeserializer}, lists kept by {@code PayloadLists.own}, anything else as
 * {@code JsonNode}. Names: a record is named by its schema file ({@code common/sponsorship-tier} is {@code
 * SponsorshipTier}) or its member ({@code head_commit}, the singular for an array's elements); a name a hand-written
 * or an unlike generated type has takes its owner's name in front ({@code MergeGroupHeadCommit}).
 */
final class Emitter {
    /** The deserializer's limit (one bit per component). */
    static final int MAX_COMPONENTS = 64;

    private static final int WIDTH = 120;

    private final String commit;
    private final Set<String> reserved = new TreeSet<>();
    private final Map<String, String> outputs = new TreeMap<>();

    Emitter(String commit, Set<String> handWritten) {
        this.commit = commit;
        reserved.addAll(handWritten);
        reserved.addAll(Names.TAKEN_TYPES);
    }

    /** Simple name to source text of every type written so far. */
    Map<String, String> outputs() {
        return outputs;
    }

    String header() {
        return GitHubRecordGenerator.MARKER + " from octokit/webhooks (MIT) payload-schemas/api.github.com\n"
                + "// at commit " + commit + ". Do not edit: regenerate with codegen/github/regenerate.sh\n"
                + "// (codegen/github/README.md).\n";
    }

    /** The record of event {@code event} (all actions merged). */
    void event(String event, String className, Shape.Obj shape, List<String> actions, String title) {
        Map<String, Shape> properties = new LinkedHashMap<>();
        Shape action = shape.properties().get("action");
        if (action != null) {
            properties.put("action", new Shape.Scalar("String"));
        }
        shape.properties().forEach((name, member) -> {
            if (!name.equals("action") && !GitHubRecordGenerator.ENVELOPE.containsKey(name)) {
                properties.put(name, member);
            }
        });
        GitHubRecordGenerator.ENVELOPE.forEach((name, type) -> {
            if (shape.properties().containsKey(name) || name.equals("installation")) {
                properties.put(name, new Shape.Known(type));
            }
        });
        StringBuilder doc = new StringBuilder("{@code ").append(event).append("}");
        if (title != null) {
            doc.append(": ").append(escape(title.replaceAll("(?i)\\s*event$", "")));
        }
        doc.append(actions.isEmpty() ? " (no action)" : " (actions " + codeList(actions) + ")")
                .append(". From octokit/webhooks' {@code payload-schemas/api.github.com/")
                .append(event)
                .append("/}.");
        String text = record(className, stem(className), properties, doc.toString(), true);
        if (reserved.contains(className) || outputs.containsKey(className)) {
            throw new IllegalStateException(className + " is taken");
        }
        outputs.put(className, text);
    }

    /** The catalogue fragment: one {@code Class} constant per generated event, and each event's actions. */
    String catalogue(List<String> events, Map<String, List<String>> actions) {
        StringBuilder out = new StringBuilder(header());
        out.append("package ").append(GitHubRecordGenerator.CATALOGUE_PACKAGE).append(";\n\n");
        Set<String> imports = new TreeSet<>();
        for (String event : events) {
            imports.add(GitHubRecordGenerator.EVENT_PACKAGE + "." + Names.type(event) + "Event");
        }
        imports.add("java.util.List");
        imports.add("java.util.Map");
        for (String i : imports) {
            out.append("import ").append(i).append(";\n");
        }
        out.append("\n/**\n")
                .append(" * The payload classes generated from octokit/webhooks' schemas (commit {@code ")
                .append(commit)
                .append("}), by event:\n")
                .append(" * {@code GitHubEvents} takes the class of these events from here, so a regeneration that")
                .append(" renames one\n")
                .append(" * does not compile until the catalogue follows.\n")
                .append(" */\n")
                .append("public final class ")
                .append(GitHubRecordGenerator.CATALOGUE_CLASS)
                .append(" {\n");
        for (String event : events) {
            String type = Names.type(event) + "Event";
            out.append("    /** {@code ").append(event).append("}. */\n");
            out.append("    public static final Class<")
                    .append(type)
                    .append("> ")
                    .append(Names.constant(event))
                    .append(" = ")
                    .append(type)
                    .append(".class;\n\n");
        }
        out.append("    /** The actions each generated event's schemas name (none for an event without actions). */\n");
        out.append("    public static final Map<String, List<String>> ACTIONS = Map.ofEntries(\n");
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            StringBuilder list = new StringBuilder();
            for (String a : actions.get(event)) {
                list.append(list.length() == 0 ? "" : ", ")
                        .append('"')
                        .append(a)
                        .append('"');
            }
            out.append("            Map.entry(\"")
                    .append(event)
                    .append("\", List.of(")
                    .append(list)
                    .append("))")
                    .append(i + 1 < events.size() ? ",\n" : ");\n");
        }
        out.append("\n    private ")
                .append(GitHubRecordGenerator.CATALOGUE_CLASS)
                .append("() {}\n}\n");
        return out.toString();
    }

    /** The Java type of a member; writes the types it needs. */
    private String javaType(String json, Shape shape, String owner, Set<String> imports, boolean element) {
        if (shape instanceof Shape.Scalar scalar) {
            if (scalar.javaType().equals("Instant")) {
                imports.add("java.time.Instant");
            }
            return scalar.javaType();
        }
        if (shape instanceof Shape.Known known) {
            return known.className();
        }
        if (shape instanceof Shape.Enumerated values) {
            if (values.values().size() < 2 || json.equals("action")) {
                return "String";
            }
            return enumeration(json, values, owner);
        }
        if (shape instanceof Shape.Obj obj) {
            if (obj.properties().size() > MAX_COMPONENTS) {
                imports.add("tools.jackson.databind.JsonNode");
                return "JsonNode";
            }
            return nested(element ? Names.singular(json) : json, obj, owner);
        }
        if (shape instanceof Shape.Arr arr) {
            imports.add("java.util.List");
            String item;
            if (arr.items() instanceof Shape.Arr || arr.items() instanceof Shape.Any) {
                imports.add("tools.jackson.databind.JsonNode");
                item = "JsonNode";
            } else {
                item = javaType(json, arr.items(), owner, imports, true);
            }
            return "List<" + item + ">";
        }
        imports.add("tools.jackson.databind.JsonNode");
        return "JsonNode";
    }

    /**
     * Names chosen by hand where the rules give a numbered one (the name is taken by {@code java.lang} or by a
     * hand-written record of another shape): users write these names, so they should say what the type is.
     */
    static final Map<String, String> RENAMES = Map.of(
            "Package2", "GitHubPackage",
            "GitHubPackagePackageType", "GitHubPackageType",
            "SecurityAdvisory2", "GlobalSecurityAdvisory",
            "MarketplacePurchase2", "PreviousMarketplacePurchase");

    private static String renamed(String name) {
        return RENAMES.getOrDefault(name, name);
    }

    /** The record of a nested object; its simple name. */
    private String nested(String json, Shape.Obj obj, String owner) {
        String base = obj.hint() != null ? obj.hint() : Names.type(json);
        String ownerStem = stem(owner);
        List<String> candidates = new ArrayList<>();
        candidates.add(base);
        if (!base.startsWith(ownerStem)) {
            candidates.add(ownerStem + base);
        }
        String doc = obj.description() != null
                ? escape(obj.description())
                : "The {@code " + json + "} of {@link " + owner + "}.";
        if (obj.source() != null) {
            doc = doc + " From octokit/webhooks' {@code " + obj.source() + "}.";
        }
        for (int n = 0; ; n++) {
            for (String candidate : candidates) {
                String name = renamed(n == 0 ? candidate : candidate + (n + 1));
                if (reserved.contains(name)) {
                    continue;
                }
                String existing = outputs.get(name);
                if (existing == null) {
                    outputs.put(name, ""); // claimed while its members are written (a record may hold itself)
                    String text = record(name, stem(name), obj.properties(), doc, false);
                    outputs.put(name, text);
                    return name;
                }
                if (existing.isEmpty()) {
                    continue;
                }
                if (existing.equals(record(name, stem(name), obj.properties(), doc, false, true))) {
                    return name;
                }
            }
        }
    }

    private String record(String name, String stem, Map<String, Shape> properties, String doc, boolean event) {
        return record(name, stem, properties, doc, event, false);
    }

    /**
     * The text of a record. With {@code dryRun} no new type is written (the nested types are looked up as they
     * would be named), to compare with a record of the same name written before.
     */
    private String record(
            String name, String stem, Map<String, Shape> properties, String doc, boolean event, boolean dryRun) {
        Set<String> imports = new TreeSet<>();
        imports.add("com.fasterxml.jackson.annotation.JsonProperty");
        imports.add("io.webhooks4j.github.internal.GitHubRecordDeserializer");
        imports.add("org.jspecify.annotations.Nullable");
        imports.add("tools.jackson.databind.annotation.JsonDeserialize");
        List<String> components = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> snapshot = dryRun ? new TreeMap<>(outputs) : null;
        for (Map.Entry<String, Shape> member : properties.entrySet()) {
            String json = member.getKey();
            String type = javaType(json, member.getValue(), name, imports, false);
            String component = Names.component(json, type);
            String unique = component;
            for (int i = 2; !used.add(unique); i++) {
                unique = component + i;
            }
            components.add("@JsonProperty(\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\") @Nullable "
                    + type + " " + unique);
            if (type.startsWith("List<")) {
                lists.add(unique);
            }
        }
        if (dryRun) {
            // a dry run names nested types without keeping them
            outputs.clear();
            outputs.putAll(snapshot);
        }
        if (!lists.isEmpty()) {
            imports.add("io.webhooks4j.github.internal.PayloadLists");
        }
        StringBuilder out = new StringBuilder(header());
        out.append("package ").append(GitHubRecordGenerator.EVENT_PACKAGE).append(";\n\n");
        for (String i : imports) {
            out.append("import ").append(i).append(";\n");
        }
        out.append('\n').append(javadoc(doc, ""));
        out.append("@JsonDeserialize(using = GitHubRecordDeserializer.class)\n");
        String implementsClause = event ? " implements GitHubPayload" : "";
        String body = lists.isEmpty() ? " {}\n" : " {\n";
        String oneLine = "public record " + name + "(" + String.join(", ", components) + ")";
        if (oneLine.length() + implementsClause.length() + body.length() - 1 <= WIDTH) {
            out.append(oneLine).append(implementsClause);
        } else {
            out.append("public record ").append(name).append("(\n");
            for (int i = 0; i < components.size(); i++) {
                out.append("        ").append(components.get(i)).append(i + 1 < components.size() ? ",\n" : ")");
            }
            if (event) {
                out.append("\n        implements GitHubPayload");
            }
        }
        out.append(body);
        if (!lists.isEmpty()) {
            out.append("    public ").append(name).append(" {\n");
            for (String list : lists) {
                out.append("        ")
                        .append(list)
                        .append(" = PayloadLists.own(")
                        .append(list)
                        .append(");\n");
            }
            out.append("    }\n}\n");
        }
        return out.toString();
    }

    /** The enum of a string member with a closed set of values; its simple name. */
    private String enumeration(String json, Shape.Enumerated values, String owner) {
        String base = stem(owner) + Names.type(json);
        for (int n = 1; ; n++) {
            String name = renamed(n == 1 ? base : base + n);
            if (reserved.contains(name)) {
                continue;
            }
            String text = enumText(name, json, values, owner);
            String existing = outputs.get(name);
            if (existing == null) {
                outputs.put(name, text);
                return name;
            }
            if (existing.equals(text)) {
                return name;
            }
        }
    }

    private String enumText(String name, String json, Shape.Enumerated values, String owner) {
        StringBuilder out = new StringBuilder(header());
        out.append("package ").append(GitHubRecordGenerator.EVENT_PACKAGE).append(";\n\n");
        out.append("import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;\n");
        out.append("import com.fasterxml.jackson.annotation.JsonProperty;\n\n");
        out.append(javadoc(
                "The values of {@code " + json + "} in {@link " + owner + "}; one GitHub adds later reads as {@link"
                        + " #UNKNOWN}.",
                ""));
        out.append("public enum ").append(name).append(" {\n");
        Set<String> used = new LinkedHashSet<>();
        used.add("UNKNOWN");
        for (String value : values.values()) {
            String constant = Names.constant(value);
            String unique = constant.equals("UNKNOWN") ? "UNKNOWN_VALUE" : constant;
            for (int i = 2; !used.add(unique); i++) {
                unique = constant + "_" + i;
            }
            out.append("    @JsonProperty(\"")
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\")\n    ")
                    .append(unique)
                    .append(",\n");
        }
        out.append("    /** A value this version does not know; the raw JSON has it. */\n");
        out.append("    @JsonEnumDefaultValue\n    UNKNOWN\n}\n");
        return out.toString();
    }

    /** {@code MergeGroupEvent} to {@code MergeGroup}. */
    static String stem(String className) {
        return className.endsWith("Event") && className.length() > 5
                ? className.substring(0, className.length() - 5)
                : className;
    }

    private static String codeList(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append("{@code ")
                    .append(v)
                    .append('}');
        }
        return out.toString();
    }

    /** Schema text made safe for Javadoc (HTML, tags and comment ends escaped), on one logical paragraph. */
    static String escape(String text) {
        return text.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("{", "&#123;")
                .replace("}", "&#125;")
                .replace("*/", "*&#47;")
                .replace("\\", "&#92;")
                .replaceAll("\\s+", " ");
    }

    /** A Javadoc comment, on one line when it fits, else wrapped at {@value #WIDTH} columns. */
    static String javadoc(String text, String indent) {
        String one = indent + "/** " + text + " */";
        if (one.length() <= WIDTH) {
            return one + "\n";
        }
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : splitWords(text)) {
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > WIDTH) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            out.append(indent).append(" * ").append(line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }

    /** Words, keeping each inline tag ({@code {@code x}}) whole so that a line break never splits one. */
    private static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
