package io.webhooks4j.codegen.github;

import java.util.Locale;
import java.util.Set;

/** Java names for JSON names: types, components, enum constants and constants. */
final class Names {
    private Names() {}

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
            "false",
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
            "null",
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
            "true",
            "try",
            "void",
            "volatile",
            "while",
            "record",
            "var",
            "yield",
            "sealed",
            "permits",
            "non-sealed",
            "_");

    /** Simple names of {@code java.lang} (and the types every record imports) a generated type must not take. */
    static final Set<String> TAKEN_TYPES = Set.of(
            "Object",
            "String",
            "Long",
            "Integer",
            "Double",
            "Boolean",
            "Character",
            "Byte",
            "Short",
            "Float",
            "Number",
            "Class",
            "Enum",
            "Record",
            "Package",
            "Module",
            "Process",
            "Runtime",
            "System",
            "Thread",
            "Throwable",
            "Exception",
            "Error",
            "Void",
            "Math",
            "Override",
            "Deprecated",
            "Iterable",
            "Comparable",
            "Runnable",
            "StringBuilder",
            "Instant",
            "List",
            "JsonNode",
            "JsonProperty",
            "Nullable",
            "JsonDeserialize",
            "JsonEnumDefaultValue",
            "GitHubPayload",
            "PayloadLists",
            "GitHubRecordDeserializer",
            "Map");

    /** {@code merge_group} to {@code MergeGroup}, {@code repository-vulnerability-alert} to ... */
    static String type(String json) {
        String camel = camel(json);
        return camel.isEmpty() ? "Value" : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /**
     * The component name of member {@code json} of type {@code javaType}: camel case; a Java keyword becomes
     * {@code isX} for a {@code Boolean} and {@code xInfo} otherwise (as the hand-written {@code isDefault} and
     * {@code packageInfo}).
     */
    static String component(String json, String javaType) {
        String name = camel(json);
        if (name.isEmpty()) {
            name = "value";
        }
        name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        if (KEYWORDS.contains(name) || name.equals("hashCode") || name.equals("toString") || name.equals("getClass")) {
            return "Boolean".equals(javaType)
                    ? "is" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    : name + "Info";
        }
        return name;
    }

    /** {@code checks_requested} to {@code CHECKS_REQUESTED}; {@code +1} to {@code PLUS_1}. */
    static String constant(String json) {
        StringBuilder out = new StringBuilder();
        String text = json.replace("+", "plus_").replace("-", "_");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1));
            if (boundary) {
                out.append('_');
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        String name = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (name.isEmpty()) {
            name = "EMPTY";
        }
        if (Character.isDigit(name.charAt(0))) {
            name = "V" + name;
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** Camel case of a JSON name: separators ({@code _ - . space}) drop, the next letter is upper case. */
    static String camel(String json) {
        StringBuilder out = new StringBuilder();
        String text = json.replace("+", "plus_").replace("-1", "minus_1");
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
                continue;
            }
            if (out.length() == 0 && Character.isDigit(c)) {
                out.append('n');
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return out.toString();
    }

    /** A plural member name's singular, for the record of its elements: {@code vulnerabilities} to ... */
    static String singular(String json) {
        if (json.endsWith("ies") && json.length() > 3) {
            return json.substring(0, json.length() - 3) + "y";
        }
        if (json.endsWith("sses") || json.endsWith("xes") || json.endsWith("ches") || json.endsWith("shes")) {
            return json.substring(0, json.length() - 2);
        }
        if (json.endsWith("s") && !json.endsWith("ss") && json.length() > 1) {
            return json.substring(0, json.length() - 1);
        }
        return json;
    }
}
