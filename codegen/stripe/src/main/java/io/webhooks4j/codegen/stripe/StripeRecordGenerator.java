package io.webhooks4j.codegen.stripe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the records of {@code io.webhooks4j.stripe.event} that are not hand-written, from stripe/openapi's
 * {@code spec3} (as JSON), and types the {@code StripeEvents} constants whose object they model.
 *
 * <p>Which events exist comes from the spec ({@code enabled_events} of {@code POST /v1/webhook_endpoints}, and
 * the catalogue's own constants); which object an event carries from its name: the longest dotted prefix that
 * names a schema ({@code issuing_card.created} also tries {@code issuing.card}), unless {@link #EVENT_OBJECTS}
 * says otherwise. See {@code codegen/stripe/README.md}.
 *
 * <p>The output is deterministic: schemas and properties are visited in sorted order, and nothing depends on
 * the time or the machine. The regeneration script formats the result with the build's Spotless.
 */
public final class StripeRecordGenerator {
    static final String PACKAGE = "io.webhooks4j.stripe.event";

    /** Nested records below this depth (the event's object is depth 0) are read as {@code JsonNode}. */
    static final int MAX_DEPTH = 2;

    /** Enums with more values than this stay strings (country lists, tax id kinds, ...). */
    static final int MAX_ENUM_VALUES = 40;

    /** Events whose object is not the schema their name's prefix names. */
    static final Map<String, String> EVENT_OBJECTS = new TreeMap<>(Map.ofEntries(
            Map.entry("account.application", "application"),
            Map.entry("account.external_account", "#ExternalAccount"),
            Map.entry("application_fee.refund", "fee_refund"),
            Map.entry("charge.dispute", "dispute"),
            Map.entry("charge.refund", "refund"),
            Map.entry("customer.discount", "discount"),
            Map.entry("customer.source", "#PaymentSource"),
            Map.entry("customer.subscription", "subscription"),
            Map.entry("customer.tax_id", "tax_id"),
            Map.entry("customer_cash_balance_transaction", "customer_cash_balance_transaction"),
            Map.entry("invoice_payment", "invoice_payment"),
            Map.entry("sigma.scheduled_query_run", "scheduled_query_run"),
            Map.entry("source.transaction", "source_transaction")));

    /** Objects whose events carry one of several schemas: one record with the union of their fields. */
    static final Map<String, List<String>> UNIONS = new TreeMap<>(Map.of(
            "ExternalAccount", List.of("bank_account", "card"),
            "PaymentSource", List.of("bank_account", "card", "source")));

    /**
     * Schemas with a hand-written record: not generated, and referenced by that name. {@code recipient} and {@code
     * sku} are retired objects no longer in the recorded spec, listed so that an older spec does not overwrite
     * their records.
     */
    static final Map<String, String> HAND_WRITTEN = new TreeMap<>(Map.ofEntries(
            Map.entry("address", "Address"),
            Map.entry("charge", "Charge"),
            Map.entry("checkout.session", "CheckoutSession"),
            Map.entry("customer", "Customer"),
            Map.entry("discount", "Discount"),
            Map.entry("dispute", "Dispute"),
            Map.entry("invoice", "Invoice"),
            Map.entry("invoice_payment", "InvoicePayment"),
            Map.entry("payment_intent", "PaymentIntent"),
            Map.entry("payment_method", "PaymentMethod"),
            Map.entry("payout", "Payout"),
            Map.entry("price", "Price"),
            Map.entry("product", "Product"),
            Map.entry("recipient", "Recipient"),
            Map.entry("refund", "Refund"),
            Map.entry("setup_intent", "SetupIntent"),
            Map.entry("sku", "Sku"),
            Map.entry("subscription", "Subscription"),
            Map.entry("tax_id", "TaxId")));

    /**
     * Other hand-written type names of the package, which generated names must not shadow. {@code LegacyOrder} is
     * the retired Orders v1 {@code order}, whose schema name later specs reuse for another object.
     */
    static final Set<String> OTHER_NAMES = Set.of(
            "BillingDetails",
            "Card",
            "InvoiceLineItem",
            "LegacyOrder",
            "Period",
            "Shipping",
            "StripeError",
            "StripeList",
            "SubscriptionItem");

    /** Class names where {@code Pascal(schema)} reads badly. */
    static final Map<String, String> CLASS_NAMES = Map.of("invoiceitem", "InvoiceItem");

    static final Set<String> JAVA_TYPES = Set.of(
            "String",
            "Long",
            "Boolean",
            "Instant",
            "BigDecimal",
            "List",
            "Map",
            "JsonNode",
            "Nullable",
            "Object",
            "Override",
            "Record",
            "Enum",
            "Integer",
            "Class",
            "Deprecated",
            "JsonProperty",
            "JsonIgnoreProperties",
            "JsonEnumDefaultValue",
            "JsonDeserialize",
            "RecordCopies",
            "StripeIdDeserializer",
            "Void");

    static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "record",
            "var",
            "yield",
            "sealed",
            "permits");

    static final String GENERATED_MARK = "// Generated by webhooks4j-codegen-stripe";

    private final JsonNode schemas;
    private final String header;

    /** Schema name (or {@code #Union}) to class name, for every generated or hand-written top-level record. */
    private final Map<String, String> topLevel = new TreeMap<>();

    /** Schema (or {@code #Union}) to the events that carry it. */
    private final Map<String, Set<String>> eventsByObject = new TreeMap<>();

    /**
     * Schemas nested by two or more top-level records, written once as their own top-level record (in {@link #topLevel} too), to the records that refer to them.
     */
    private final Map<String, Set<String>> shared = new TreeMap<>();

    /** While {@link #share()} surveys the records: schema to where it would be nested. */
    private Map<String, Sites> survey;

    StripeRecordGenerator(JsonNode spec, String commit, String specPath) {
        this.schemas = spec.path("components").path("schemas");
        String version = spec.path("info").path("version").asString();
        this.header = GENERATED_MARK + " from stripe/openapi " + specPath + " at commit "
                + commit + " (API version " + version + ").\n"
                + "// Do not edit: regenerate with codegen/stripe/regenerate.sh (see codegen/stripe/README.md).\n";
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path spec = Path.of(require(options, "--spec"));
        Path provider = Path.of(require(options, "--provider"));
        String commit = require(options, "--commit");
        String specPath = options.getOrDefault("--spec-path", "openapi/spec3.json");
        JsonNode root = JsonMapper.builder().build().readTree(spec.toFile());
        Path events = provider.resolve("src/main/java/io/webhooks4j/stripe/StripeEvents.java");
        StripeRecordGenerator generator = new StripeRecordGenerator(root, commit, specPath);
        String catalogue = Files.readString(events, StandardCharsets.UTF_8);
        Map<String, String> mapping = generator.plan(root, catalogue);
        Path out = provider.resolve("src/main/java/io/webhooks4j/stripe/event");
        int written = 0;
        try (var files = Files.list(out)) { // generated files of schemas that are gone
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (!generator.generated().containsKey(name)
                        && Files.readString(file, StandardCharsets.UTF_8).startsWith(GENERATED_MARK)) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, String> e : generator.generated().entrySet()) {
            Path file = out.resolve(e.getKey() + ".java");
            if (Files.exists(file)
                    && !Files.readString(file, StandardCharsets.UTF_8).startsWith(GENERATED_MARK)) {
                throw new IllegalStateException("Would overwrite the hand-written " + file);
            }
            String source = generator.render(e.getKey(), e.getValue());
            Files.writeString(file, source, StandardCharsets.UTF_8);
            written++;
        }
        Map<String, String> generatedOnly = new TreeMap<>(mapping);
        generatedOnly.values().retainAll(generator.generated().keySet()); // hand-typed constants stay as they are
        String typed = retypeCatalogue(catalogue, generatedOnly);
        if (!typed.equals(catalogue)) {
            Files.writeString(events, typed, StandardCharsets.UTF_8);
        }
        System.out.println("webhooks4j-codegen-stripe: wrote " + written + " records to " + out);
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing option " + name);
        }
        return value;
    }

    /** Generated class name to its schema (or {@code #Union}). */
    Map<String, String> generated() {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : topLevel.entrySet()) {
            if (!HAND_WRITTEN.containsKey(e.getKey())) {
                out.put(e.getValue(), e.getKey());
            }
        }
        return out;
    }

    /** Decides the top-level records; returns event type to class name for every event with a record. */
    Map<String, String> plan(JsonNode spec, String catalogue) {
        Set<String> eventTypes = new TreeSet<>();
        JsonNode enabled = spec.path("paths")
                .path("/v1/webhook_endpoints")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/x-www-form-urlencoded")
                .path("schema")
                .path("properties")
                .path("enabled_events")
                .path("items")
                .path("enum");
        for (JsonNode e : enabled) {
            if (!e.asString().equals("*")) {
                eventTypes.add(e.asString());
            }
        }
        Matcher m = Pattern.compile("DEFINE\\.type\\(\"([a-z0-9_.]+)\"").matcher(catalogue);
        while (m.find()) {
            if (!m.group(1).startsWith("v1.") && !m.group(1).startsWith("v2.")) {
                eventTypes.add(m.group(1));
            }
        }
        HAND_WRITTEN.forEach(topLevel::put);
        Map<String, String> objectByEvent = new TreeMap<>();
        for (String type : eventTypes) {
            String object = objectOf(type);
            if (object != null) {
                objectByEvent.put(type, object);
                eventsByObject.computeIfAbsent(object, k -> new TreeSet<>()).add(type);
            }
        }
        for (String object : eventsByObject.keySet()) {
            topLevel.putIfAbsent(object, className(object));
        }
        share();
        Map<String, String> mapping = new TreeMap<>();
        objectByEvent.forEach((type, object) -> mapping.put(type, topLevel.get(object)));
        return mapping;
    }

    /** The schema an event carries, {@code #Union} for a union, or null when the spec has none. */
    String objectOf(String eventType) {
        String[] parts = eventType.split("\\.");
        for (int n = parts.length - 1; n > 0; n--) {
            String prefix = String.join(".", List.of(parts).subList(0, n));
            String explicit = EVENT_OBJECTS.get(prefix);
            if (explicit != null) {
                return explicit.startsWith("#") || schemas.has(explicit) ? explicit : null;
            }
        }
        for (int n = parts.length - 1; n > 0; n--) {
            String prefix = String.join(".", List.of(parts).subList(0, n));
            if (schemas.has(prefix)) {
                return prefix;
            }
            String dotted = prefix.replaceFirst("_", ".");
            if (schemas.has(dotted)) {
                return dotted;
            }
        }
        return null;
    }

    /**
     * Where a schema would be nested: by which top-level records (one record nesting it twice already writes it
     * once), and the least depth.
     */
    private static final class Sites {
        final Set<String> records = new TreeSet<>();
        int count;
        int minDepth = Integer.MAX_VALUE;

        void add(String record, int depth) {
            records.add(record);
            count = records.size();
            minDepth = Math.min(minDepth, depth);
        }
    }

    /**
     * Makes every schema that two or more records would nest a top-level record of its own, which all of
     * them then name. The shallowest such schemas are taken first, a round at a time (a schema only repeated
     * inside another repeated one is not counted twice), until no schema is nested twice; new top-level records
     * are surveyed too. Names are claimed in sorted order, so the result is deterministic.
     */
    private void share() {
        while (true) {
            Map<String, Sites> sites = survey();
            int shallowest = Integer.MAX_VALUE;
            for (Sites s : sites.values()) {
                if (s.count >= 2) {
                    shallowest = Math.min(shallowest, s.minDepth);
                }
            }
            List<String> round = new ArrayList<>();
            for (Map.Entry<String, Sites> e : sites.entrySet()) {
                if (e.getValue().count >= 2 && e.getValue().minDepth == shallowest) {
                    round.add(e.getKey());
                }
            }
            if (round.isEmpty()) {
                break;
            }
            for (String ref : round) {
                topLevel.put(ref, claimTopLevel(className(ref)));
                shared.put(ref, new TreeSet<>());
            }
        }
        Map<String, String> classes = generated();
        for (Map.Entry<String, String> e : classes.entrySet()) { // who refers to each shared record, for its doc
            Unit unit = new Unit(e.getKey(), e.getValue());
            unit.users = shared;
            renderBody(unit, e.getKey(), e.getValue());
        }
    }

    /** Renders every generated record, noting where each schema would be nested. */
    private Map<String, Sites> survey() {
        survey = new TreeMap<>();
        try {
            generated().forEach(this::render);
            return survey;
        } finally {
            survey = null;
        }
    }

    /** A top-level name for a shared schema: its class name, unless a record of the package has it. */
    private String claimTopLevel(String wanted) {
        Set<String> taken = new TreeSet<>(topLevel.values());
        taken.addAll(OTHER_NAMES);
        taken.addAll(JAVA_TYPES);
        String name = taken.contains(wanted) ? wanted + "Details" : wanted;
        int i = 2;
        String base = name;
        while (taken.contains(name)) {
            name = base + i++;
        }
        return name;
    }

    static String className(String schema) {
        if (schema.startsWith("#")) {
            return schema.substring(1);
        }
        String named = CLASS_NAMES.get(schema);
        return named != null ? named : pascal(schema);
    }

    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else if (upper) {
                out.append(Character.toUpperCase(c));
                upper = false;
            } else {
                out.append(c);
            }
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, 'V');
        }
        return out.toString();
    }

    static String camel(String name) {
        String p = pascal(name);
        String c = Character.toLowerCase(p.charAt(0)) + p.substring(1);
        return KEYWORDS.contains(c) ? c + "Value" : c;
    }

    static String singular(String name) {
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("sses") || name.endsWith("xes")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("s") && !name.endsWith("ss")) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Rendering one top-level record.

    /** The types declared in one file, flat inside its top-level record, and the names they take. */
    private final class Unit {
        final String top;
        final String topSchema;
        final Set<String> names = new TreeSet<>();
        final Map<String, String> nestedByRef = new TreeMap<>();
        final Map<String, List<String>> enumValues = new TreeMap<>();
        final List<String> declarations = new ArrayList<>();
        final Set<String> imports = new TreeSet<>();

        /** When set, shared schema to the records that refer to it, noted while rendering. */
        Map<String, Set<String>> users;

        Unit(String top, String topSchema) {
            this.top = top;
            this.topSchema = topSchema;
            names.add(top);
            names.addAll(JAVA_TYPES);
            names.addAll(OTHER_NAMES);
            names.addAll(topLevel.values());
        }

        /** A free name for a nested type, starting from {@code wanted}. */
        String claim(String wanted, String qualifier) {
            String name = wanted;
            if (names.contains(name)) {
                name = qualifier + wanted;
            }
            if (names.contains(name)) {
                name = wanted + "Details";
            }
            int i = 2;
            String base = name;
            while (names.contains(name)) {
                name = base + i++;
            }
            names.add(name);
            return name;
        }
    }

    private record Field(String json, String java, String type, boolean expandable, String copy) {}

    String render(String className, String schemaName) {
        Unit unit = new Unit(className, schemaName);
        String body = renderBody(unit, className, schemaName);
        StringBuilder out = new StringBuilder(header);
        out.append("package ").append(PACKAGE).append(";\n\n");
        for (String i : unit.imports) {
            out.append("import ").append(i).append(";\n");
        }
        out.append("\n").append(body);
        return out.toString();
    }

    private String renderBody(Unit unit, String className, String schemaName) {
        if (shared.containsKey(schemaName)) {
            List<String> links = shared.get(schemaName).stream()
                    .map(u -> "{@link " + u + "}")
                    .toList();
            String doc = "/**\n * Stripe's {@code " + schemaName + "}, one record for every place that has one"
                    + (links.isEmpty() ? "" : ": in " + String.join(", ", links)) + ".\n"
                    + " *\n * <p>Generated from Stripe's OpenAPI schema {@code " + schemaName
                    + "}: every field is {@code @Nullable}; lists and maps read as empty when absent; enums read"
                    + " values added later as {@code UNKNOWN}; ids of expandable references read as the id.\n */\n";
            return record(unit, className, schemas.get(schemaName).path("properties"), 0, true, false, true, wrap(doc));
        }
        JsonNode properties;
        String objects;
        if (schemaName.startsWith("#")) {
            properties = unionProperties(UNIONS.get(className));
            objects = String.join(
                    ", ",
                    UNIONS.get(className).stream()
                            .map(s -> "{@code \"" + s + "\"}")
                            .toList());
        } else {
            properties = schemas.get(schemaName).path("properties");
            objects = "{@code \"" + schemaName + "\"}";
        }
        Set<String> events = eventsByObject.getOrDefault(schemaName, Set.of());
        StringBuilder doc = new StringBuilder();
        doc.append("/**\n * ");
        if (schemaName.startsWith("#")) {
            doc.append("The object of {@code ")
                    .append(String.join("}, {@code ", events))
                    .append("}: one of ")
                    .append(objects)
                    .append(" (which one is {@code object()}), with the fields of each.\n");
        } else {
            String human = humanName(schemaName);
            doc.append("AEIOU".indexOf(human.charAt(0)) >= 0 ? "An " : "A ")
                    .append(human)
                    .append(" ({@code \"object\": \"")
                    .append(schemaObjectValue(schemaName))
                    .append("\"})");
            if (!events.isEmpty()) {
                doc.append(", the payload of {@code ")
                        .append(String.join("}, {@code ", events))
                        .append("}");
            }
            doc.append(".\n");
        }
        doc.append(" *\n * <p>Generated from Stripe's OpenAPI schema {@code ")
                .append(schemaName.startsWith("#") ? String.join("}, {@code ", UNIONS.get(className)) : schemaName)
                .append(
                        "}: every field is {@code @Nullable}; lists and maps read as empty when absent; enums read"
                                + " values added later as {@code UNKNOWN}; ids of expandable references read as the id.\n */\n");
        return record(unit, className, properties, 0, !schemaName.startsWith("#"), true, true, wrap(doc.toString()));
    }

    /** Javadoc with its lines wrapped at 110 columns (the formatter leaves comments as they are). */
    static String wrap(String doc) {
        StringBuilder out = new StringBuilder();
        for (String line : doc.split("\n")) {
            if (line.length() <= 110 || !line.startsWith(" * ")) {
                out.append(line).append('\n');
                continue;
            }
            StringBuilder current = new StringBuilder(" *");
            for (String word : line.substring(3).split(" ")) {
                if (current.length() + 1 + word.length() > 110 && current.length() > 3) {
                    out.append(current).append('\n');
                    current = new StringBuilder(" *");
                }
                current.append(' ').append(word);
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }

    private String humanName(String schema) {
        JsonNode title = schemas.get(schema).path("title");
        String name = title.isString() ? title.asString() : schema;
        return name.replace('_', ' ');
    }

    private String schemaObjectValue(String schema) {
        JsonNode object = schemas.get(schema).path("properties").path("object").path("enum");
        return object.isArray() && object.size() == 1 ? object.get(0).asString() : schema;
    }

    /** The union of the members' properties; a property whose members disagree on its type is left untyped. */
    private JsonNode unionProperties(List<String> members) {
        Map<String, JsonNode> merged = new TreeMap<>();
        Set<String> conflicting = new TreeSet<>();
        for (String member : members) {
            for (Map.Entry<String, JsonNode> p :
                    schemas.get(member).path("properties").properties()) {
                JsonNode seen = merged.putIfAbsent(p.getKey(), p.getValue());
                if (seen != null && !sameType(seen, p.getValue())) {
                    conflicting.add(p.getKey());
                }
            }
        }
        tools.jackson.databind.node.ObjectNode out =
                JsonMapper.builder().build().createObjectNode();
        for (Map.Entry<String, JsonNode> p : merged.entrySet()) {
            if (p.getKey().equals("object")) {
                out.putObject("object").put("type", "string");
            } else if (conflicting.contains(p.getKey())) {
                out.putObject(p.getKey());
            } else {
                out.set(p.getKey(), p.getValue());
            }
        }
        return out;
    }

    private static boolean sameType(JsonNode a, JsonNode b) {
        return a.path("type").equals(b.path("type"))
                && a.path("$ref").equals(b.path("$ref"))
                && a.path("format").equals(b.path("format"))
                && a.path("anyOf").equals(b.path("anyOf"))
                && !a.has("enum")
                && !b.has("enum")
                && !a.has("properties")
                && !b.has("properties");
    }

    /**
     * Renders a record: the top-level one ({@code top}, with the unit's nested types inside it; {@code deleted}
     * for an event's object), or a nested one appended to the unit's declarations.
     */
    private String record(
            Unit unit,
            String name,
            JsonNode properties,
            int depth,
            boolean skipObject,
            boolean deleted,
            boolean top,
            String doc) {
        List<Field> fields = new ArrayList<>();
        List<String> propertyNames = new ArrayList<>();
        properties.properties().forEach(p -> propertyNames.add(p.getKey()));
        propertyNames.sort(String::compareTo);
        if (propertyNames.remove("id")) {
            propertyNames.add(0, "id");
        }
        if (deleted && !propertyNames.contains("deleted")) {
            propertyNames.add("deleted");
        }
        Set<String> javaNames = new TreeSet<>();
        for (String json : propertyNames) {
            if (json.equals("object") && skipObject) {
                continue;
            }
            JsonNode schema = properties.has(json) ? properties.get(json) : booleanSchema();
            String java = camel(json);
            while (!javaNames.add(java)) {
                java = java + "Value";
            }
            fields.add(field(unit, name, json, java, schema, depth));
        }
        StringBuilder out = new StringBuilder(doc);
        unit.imports.add("com.fasterxml.jackson.annotation.JsonIgnoreProperties");
        out.append("@JsonIgnoreProperties(ignoreUnknown = true)\n");
        out.append(top ? "public record " : "public record ").append(name).append("(\n");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            out.append("        ");
            if (!f.json.equals(f.java)) {
                unit.imports.add("com.fasterxml.jackson.annotation.JsonProperty");
                out.append("@JsonProperty(\"").append(f.json).append("\") ");
            }
            if (f.expandable) {
                unit.imports.add("tools.jackson.databind.annotation.JsonDeserialize");
                unit.imports.add("io.webhooks4j.stripe.internal.StripeIdDeserializer");
                out.append("@JsonDeserialize(using = StripeIdDeserializer.class) ");
            }
            if (f.copy == null) {
                unit.imports.add("org.jspecify.annotations.Nullable");
                out.append("@Nullable ");
            }
            out.append(f.type).append(' ').append(f.java);
            out.append(i + 1 < fields.size() ? ",\n" : ") {\n");
        }
        if (fields.isEmpty()) {
            out.append(") {\n");
        }
        List<Field> copies = fields.stream().filter(f -> f.copy != null).toList();
        if (!copies.isEmpty()) {
            unit.imports.add("io.webhooks4j.spi.RecordCopies");
            out.append("    public ").append(name).append(" {\n");
            for (Field f : copies) {
                out.append("        ")
                        .append(f.java)
                        .append(" = RecordCopies.")
                        .append(f.copy)
                        .append('(')
                        .append(f.java)
                        .append(");\n");
            }
            out.append("    }\n");
        }
        if (top) {
            for (String declaration : unit.declarations) {
                out.append('\n').append(indent(declaration));
            }
        }
        out.append("}\n");
        return out.toString();
    }

    private static JsonNode booleanSchema() {
        return JsonMapper.builder().build().createObjectNode().put("type", "boolean");
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("    ").append(line);
            }
            out.append('\n');
        }
        String s = out.toString();
        return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
    }

    private Field field(Unit unit, String owner, String json, String java, JsonNode schema, int depth) {
        if (isExpandable(schema)) {
            return new Field(json, java, "String", true, null);
        }
        JsonNode effective = unwrap(schema);
        if (effective.has("type") && effective.path("type").asString().equals("array")) {
            String item = type(unit, owner, singular(json), effective.path("items"), depth, true);
            unit.imports.add("java.util.List");
            return new Field(json, java, "List<" + item + ">", false, "listOrEmpty");
        }
        if (isMap(effective)) {
            unit.imports.add("java.util.Map");
            String value = effective
                            .path("additionalProperties")
                            .path("type")
                            .asString()
                            .equals("string")
                    ? "String"
                    : jsonNode(unit);
            return new Field(json, java, "Map<String, " + value + ">", false, "mapOrEmpty");
        }
        return new Field(json, java, type(unit, owner, json, schema, depth, false), false, null);
    }

    private static boolean isExpandable(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (!anyOf.isArray() || !schema.has("x-expansionResources")) {
            return false;
        }
        for (JsonNode member : anyOf) {
            if (member.path("type").asString().equals("string")) {
                return true;
            }
        }
        return false;
    }

    /** A single-member {@code anyOf} (how the spec marks a nullable reference) as its member. */
    private static JsonNode unwrap(JsonNode schema) {
        JsonNode anyOf = schema.path("anyOf");
        if (anyOf.isArray() && anyOf.size() == 1) {
            return anyOf.get(0);
        }
        return schema;
    }

    private static boolean isMap(JsonNode schema) {
        return schema.path("type").asString().equals("object")
                && schema.has("additionalProperties")
                && schema.path("additionalProperties").isObject()
                && schema.path("properties").isEmpty();
    }

    private String jsonNode(Unit unit) {
        unit.imports.add("tools.jackson.databind.JsonNode");
        return "JsonNode";
    }

    /** The Java type of a value; {@code boxed} for list items (always boxed anyway). */
    private String type(Unit unit, String owner, String json, JsonNode schema, int depth, boolean inList) {
        if (isExpandable(schema)) {
            return "String"; // a list of expandable ids: read as given (ids unless expanded)
        }
        JsonNode s = unwrap(schema);
        if (s.has("$ref")) {
            String ref = s.path("$ref").asString().substring("#/components/schemas/".length());
            String known = topLevel.get(ref);
            if (known != null && !known.equals(unit.top)) {
                if (unit.users != null && unit.users.containsKey(ref)) {
                    unit.users.get(ref).add(unit.top);
                }
                return known;
            }
            JsonNode target = schemas.get(ref);
            if (target == null
                    || depth + 1 > MAX_DEPTH
                    || !target.path("properties").isObject()) {
                return jsonNode(unit);
            }
            if (known != null) { // a reference to the record itself (a tree of them): not nested
                return jsonNode(unit);
            }
            if (isList(target)) {
                return list(unit, owner, json, target, depth);
            }
            if (survey != null) {
                survey.computeIfAbsent(ref, k -> new Sites()).add(unit.top, depth + 1);
            }
            String existing = unit.nestedByRef.get(ref);
            if (existing != null) {
                return existing;
            }
            String wanted = ref.startsWith(unit.topSchema + "_")
                    ? pascal(ref.substring(unit.topSchema.length() + 1))
                    : pascal(ref);
            String name = unit.claim(wanted, owner);
            unit.nestedByRef.put(ref, name);
            nested(unit, name, target, depth + 1, ref);
            return name;
        }
        String type = s.path("type").asString();
        switch (type) {
            case "string" -> {
                if (s.path("format").asString().equals("decimal")) {
                    unit.imports.add("java.math.BigDecimal");
                    return "BigDecimal";
                }
                if (s.has("enum")) {
                    String e = enumType(unit, owner, json, s.path("enum"));
                    if (e != null) {
                        return e;
                    }
                }
                return "String";
            }
            case "integer" -> {
                if (s.path("format").asString().equals("unix-time")) {
                    unit.imports.add("java.time.Instant");
                    return "Instant";
                }
                return "Long";
            }
            case "number" -> {
                unit.imports.add("java.math.BigDecimal");
                return "BigDecimal";
            }
            case "boolean" -> {
                return "Boolean";
            }
            case "array" -> {
                return jsonNode(unit); // a list inside a list
            }
            case "object" -> {
                if (isList(s)) {
                    return list(unit, owner, json, s, depth);
                }
                if (isMap(s)
                        || !s.path("properties").isObject()
                        || s.path("properties").isEmpty()
                        || depth + 1 > MAX_DEPTH) {
                    return jsonNode(unit);
                }
                String name = unit.claim(pascal(json), owner);
                nested(unit, name, s, depth + 1, null);
                return name;
            }
            default -> {
                return jsonNode(unit);
            }
        }
    }

    private static boolean isList(JsonNode schema) {
        JsonNode p = schema.path("properties");
        return p.has("data")
                && p.has("has_more")
                && p.has("url")
                && p.path("data").path("type").asString().equals("array");
    }

    private String list(Unit unit, String owner, String json, JsonNode listSchema, int depth) {
        String item = type(
                unit,
                owner,
                singular(json),
                listSchema.path("properties").path("data").path("items"),
                depth,
                true);
        return "StripeList<" + item + ">";
    }

    private void nested(Unit unit, String name, JsonNode schema, int depth, String ref) {
        String source = ref != null ? " ({@code " + ref + "})" : "";
        String doc = "/** Part of {@link " + unit.top + "}" + source + ". */\n";
        int slot = unit.declarations.size();
        unit.declarations.add(""); // keeps declaration order stable: parents before children
        unit.declarations.set(slot, record(unit, name, schema.path("properties"), depth, true, false, false, doc));
    }

    /** An enum for a string's values, or null when they do not make Java constants. */
    private String enumType(Unit unit, String owner, String json, JsonNode values) {
        List<String> list = new ArrayList<>();
        for (JsonNode v : values) {
            if (!v.isString() || v.asString().isEmpty()) {
                continue;
            }
            list.add(v.asString());
        }
        if (list.isEmpty() || list.size() > MAX_ENUM_VALUES) {
            return null;
        }
        Map<String, String> constants = new LinkedHashMap<>();
        for (String v : list) {
            String c = constant(v);
            if (c == null || constants.containsKey(c)) {
                return null;
            }
            constants.put(c, v);
        }
        String wanted = pascal(json);
        for (Map.Entry<String, List<String>> e : unit.enumValues.entrySet()) {
            if (e.getValue().equals(list)
                    && (e.getKey().equals(wanted) || e.getKey().endsWith(wanted))) {
                return e.getKey();
            }
        }
        String name = unit.claim(wanted, owner);
        unit.enumValues.put(name, list);
        unit.imports.add("com.fasterxml.jackson.annotation.JsonProperty");
        unit.imports.add("com.fasterxml.jackson.annotation.JsonEnumDefaultValue");
        StringBuilder out = new StringBuilder();
        out.append("/** Values of {@code ").append(json).append("}; {@code UNKNOWN} for one added later. */\n");
        out.append("public enum ").append(name).append(" {\n");
        boolean unknownIsValue = false;
        for (Map.Entry<String, String> c : constants.entrySet()) {
            if (c.getKey().equals("UNKNOWN")) {
                unknownIsValue = true;
                continue;
            }
            out.append("    @JsonProperty(\"").append(c.getValue()).append("\")\n");
            out.append("    ").append(c.getKey()).append(",\n");
        }
        if (unknownIsValue) {
            out.append("    /** Stripe's own {@code unknown}, and any value added later. */\n");
            out.append("    @JsonProperty(\"unknown\")\n");
        } else {
            out.append("    /** A value added by Stripe after this record was generated. */\n");
        }
        out.append("    @JsonEnumDefaultValue\n");
        out.append("    UNKNOWN\n");
        out.append("}\n");
        unit.declarations.add(out.toString());
        return name;
    }

    static String constant(String value) {
        String c =
                value.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return null;
        }
        if (Character.isDigit(c.charAt(0))) {
            c = "V_" + c;
        }
        return c;
    }

    // ----------------------------------------------------------------------------------------------------------
    // The catalogue.

    private static final Pattern RAW_CONSTANT = Pattern.compile(
            "EventType<StripeEvent<JsonNode>> (\\w+) =\\s*DEFINE\\.type\\(\"([a-z0-9_.]+)\", JsonNode\\.class\\);");

    /**
     * {@code StripeEvents.java} with every {@code JsonNode} constant whose event has a generated record typed by
     * it (hand-typed constants are left alone), and the imports the new types need.
     */
    static String retypeCatalogue(String source, Map<String, String> mapping) {
        Matcher m = RAW_CONSTANT.matcher(source);
        StringBuilder out = new StringBuilder();
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            String type = mapping.get(m.group(2));
            if (type == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                used.add(type);
                m.appendReplacement(
                        out,
                        Matcher.quoteReplacement("EventType<StripeEvent<" + type + ">> " + m.group(1)
                                + " = DEFINE.type(\"" + m.group(2) + "\", " + type + ".class);"));
            }
        }
        m.appendTail(out);
        String result = out.toString();
        for (String type : used) {
            String line = "import " + PACKAGE + "." + type + ";\n";
            if (!result.contains(line)) {
                int at = result.indexOf("import " + PACKAGE + ".");
                if (at < 0) {
                    at = result.indexOf("import java.");
                }
                result = result.substring(0, at) + line + result.substring(at);
            }
        }
        return result;
    }
}
