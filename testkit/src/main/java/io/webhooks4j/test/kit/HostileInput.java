package io.webhooks4j.test.kit;

import io.webhooks4j.RawBody;
import io.webhooks4j.spi.WebhookJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Hostile values and the mutations that put them into a real body (a built-in fixture): extreme and overlong
 * numbers, times out of range, exponents of a billion, wrong types, empty and huge strings, lone surrogates, NULs,
 * unknown enum values, nesting near and past the depth limit, broken percent-encoding; values replaced, added
 * under the provider's field names, removed or repeated; event types swapped for other catalogue types.
 */
final class HostileInput {
    /** Hostile JSON values, as raw JSON text (so that numbers no Java type holds can be written). */
    static final List<String> JSON_VALUES = List.of(
            "-9223372036854775808",
            "9223372036854775807",
            "-9223372036854775809",
            "9223372036854775808",
            "99999999999999999",
            "-99999999999999999",
            "999999999999999999999999999999",
            "31556889864403199",
            "-31557014167219200",
            "100000000000000",
            "1" + "0".repeat(120),
            "1e999999999",
            "-1e999999999",
            "1e-999999999",
            "1E+1000",
            "1E400",
            "1e308",
            "4.9e-324",
            "1.7e9",
            "-1",
            "-0",
            "0",
            "-0.0",
            "0.5",
            "1.5",
            "1.0000000000000000000001",
            "-2147483649",
            "2147483648",
            "true",
            "false",
            "null",
            "{}",
            "[]",
            "[null]",
            "[1,\"a\",null,{}]",
            "{\"\":null}",
            "{\"id\":{\"id\":[]},\"summary\":7}",
            "\"\"",
            "\" \"",
            "\"-1\"",
            "\"12.50\"",
            "\"99999999999999999\"",
            "\"-9223372036854775808\"",
            "\"1e999999999\"",
            "\"1e1001\"",
            "\"9223372036854775808\"",
            "\"\\uff11\\uff12\\uff13\"",
            "\"2026-13-45T99:99:99Z\"",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"+1000000000-01-01T00:00:00Z\"",
            "\"0000-00-00T00:00:00Z\"",
            "\"not a date\"",
            "\"NaN\"",
            "\"Infinity\"",
            "\"teleported\"",
            "\"DELETED\"",
            "\"unknown_value_from_the_future\"",
            "\"\\ud800\"",
            "\"\\udc00x\\ud800\"",
            "\"\\u0000\"",
            "\"\\u202e\\u200b\\ufeff\\uffff\"",
            "\"\uD83D\uDE00 \u00e9 \u6f22\u5b57 \u0301\"",
            "\"" + "x".repeat(100_000) + "\"",
            "\"" + "\\u00e9".repeat(20_000) + "\"",
            "[" + "1,".repeat(20_000) + "1]",
            "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}");

    /** Whole bodies that are no fixture at all: duplicate names, trailing commas, bare scalars, too deep. */
    static final List<String> JSON_DOCUMENTS = List.of(
            "",
            "{",
            "}",
            "[]",
            "null",
            "1e999999999",
            "\"\\ud800\"",
            "{\"id\":1,\"id\":2}",
            "{\"type\":\"a\",\"type\":{}}",
            "{\"a\":1,}",
            "[{\"a\":1}]",
            "\uFEFF{}",
            "[".repeat(300) + "]".repeat(300),
            "{\"a\":".repeat(260) + "1" + "}".repeat(260));

    /** Hostile form values, decoded (they are percent-encoded into the body). */
    static final List<String> FORM_VALUES = List.of(
            "-9223372036854775808",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999",
            "9".repeat(400),
            "2147483648",
            "-2147483649",
            "1e999999999",
            "-1E-999999999",
            "1e1001",
            "-1",
            "-0",
            "0.5",
            "+1",
            "0x1F",
            "+7+",
            "0.9124" + "0".repeat(200),
            "00000000000000000000000000000042",
            "",
            " ",
            "x".repeat(100_000),
            "NaN",
            "Infinity",
            "true",
            "TRUE",
            "maybe",
            "null",
            "{}",
            "teleported",
            "IN-PROGRESS",
            "in_progress",
            "\u0663",
            "\uff11\uff12\uff13",
            "\uD83D\uDE00\u202e\uffff",
            "\u0000",
            "\u202e\u200b\ufeff",
            "Tue, 31 Feb 2026 25:61:61 +0000",
            "Fri, 27 Nov 99999 11:59:01 +0000",
            "Fri, 99 Nov 9999 99:99:99 +9999",
            "+1000000000-01-01T00:00:00Z",
            "whatsapp:",
            "whatsapp:+",
            "&bodySHA256=" + "0".repeat(64),
            "</Response>]]>");

    /** Hostile form values written as they are (broken percent-encoding and the like). */
    static final List<String> RAW_FORM_VALUES = List.of(
            "%",
            "%Z", "%ZZ", "%zz", "%4", "%2", "%C3", "%E2%82", "%FF%FE", "%ED%A0%80", "%C0%AF", "%00", "a+b", "=", "&&");

    private HostileInput() {}

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Arrays and objects alternating, {@code depth} levels deep in total. */
    static String nested(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i % 2 == 0) {
                open.append("[");
                close.insert(0, "]");
            } else {
                open.append("{\"a\":");
                close.insert(0, "}");
            }
        }
        return open.append("1").append(close).toString();
    }

    /**
     * {@code original} with one to three of its values replaced, added, nested or removed, and event type names
     * swapped for others of {@code typeNames}; {@code log} gets a line per mutation.
     */
    static byte[] mutateJson(
            RawBody original, Random random, List<String> fieldNames, List<String> typeNames, List<String> log) {
        JsonNode root = WebhookJson.readTree(original);
        Map<String, String> raw = new LinkedHashMap<>();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<Location> locations = new ArrayList<>();
            collect(root, locations);
            if (locations.isEmpty()) {
                break;
            }
            Location at = locations.get(random.nextInt(locations.size()));
            int kind = random.nextInt(20);
            String value;
            if (kind < 2) {
                log.add("remove " + at);
                at.remove();
                continue;
            } else if (kind < 4 && !typeNames.isEmpty()) {
                // an event type name where one stood: a payload of one type under another's name
                List<Location> types = new ArrayList<>();
                for (Location l : locations) {
                    if (l.value().isString() && isTypeName(l.value().asString(), typeNames)) {
                        types.add(l);
                    }
                }
                if (!types.isEmpty()) {
                    Location type = types.get(random.nextInt(types.size()));
                    String name = pick(random, typeNames);
                    log.add("retype " + type + " " + name);
                    type.set(StringNode.valueOf(name));
                    continue;
                }
                value = pick(random, JSON_VALUES);
            } else if (kind < 5) {
                value = nested(150 + random.nextInt(66));
            } else {
                value = pick(random, JSON_VALUES);
            }
            String token = "__webhooks4j_hostile_" + raw.size() + "__";
            raw.put("\"" + token + "\"", value);
            if (kind < 8 && !fieldNames.isEmpty() && at.parent() instanceof ObjectNode object) {
                String name = pick(random, fieldNames);
                log.add("add " + name + " beside " + at + ": " + shorten(value, 60));
                object.set(name, StringNode.valueOf(token));
            } else {
                log.add("set " + at + ": " + shorten(value, 60));
                at.set(StringNode.valueOf(token));
            }
        }
        String json = WebhookJson.write(root);
        for (Map.Entry<String, String> e : raw.entrySet()) {
            json = json.replace(e.getKey(), e.getValue());
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static boolean isTypeName(String text, List<String> typeNames) {
        for (String name : typeNames) {
            if (name.equals(text) || name.startsWith(text + ".")) {
                return true;
            }
        }
        return false;
    }

    /** {@code original} (a form) with one to six parameters replaced, added, emptied, removed or repeated. */
    static byte[] mutateForm(String original, Random random, List<String> fieldNames, List<String> log) {
        List<String> pairs = new ArrayList<>(List.of(original.split("&")));
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && !pairs.isEmpty(); m++) {
            int i = random.nextInt(pairs.size());
            String pair = pairs.get(i);
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            int kind = random.nextInt(12);
            String value = kind < 6
                    ? URLEncoder.encode(pick(random, FORM_VALUES), StandardCharsets.UTF_8)
                    : pick(random, RAW_FORM_VALUES);
            if (kind < 3 && !fieldNames.isEmpty()) {
                // a typed parameter, first (so it is the one read) or repeated after the fixture's own
                String added = pick(random, fieldNames) + "=" + value;
                log.add("add " + shorten(added, 60));
                pairs.add(random.nextBoolean() ? 0 : pairs.size(), added);
            } else if (kind < 8) {
                log.add("set " + name + "=" + shorten(value, 60));
                pairs.set(i, name + "=" + value);
            } else if (kind < 9) {
                log.add("empty " + name);
                pairs.set(i, random.nextBoolean() ? name : name + "=");
            } else if (kind < 10) {
                log.add("remove " + name);
                pairs.remove(i);
            } else {
                log.add("repeat " + name);
                pairs.add(pair);
            }
        }
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "...(" + s.length() + " chars)" : s;
    }

    /** A place in the tree: a field of an object or an element of an array. */
    interface Location {
        JsonNode parent();

        JsonNode value();

        void set(JsonNode value);

        void remove();
    }

    static void collect(JsonNode node, List<Location> out) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            names.addAll(object.propertyNames());
            for (String name : names) {
                JsonNode child = object.get(name);
                out.add(new Location() {
                    @Override
                    public JsonNode parent() {
                        return object;
                    }

                    @Override
                    public JsonNode value() {
                        return child;
                    }

                    @Override
                    public void set(JsonNode value) {
                        object.set(name, value);
                    }

                    @Override
                    public void remove() {
                        object.remove(name);
                    }

                    @Override
                    public String toString() {
                        return "." + name;
                    }
                });
                collect(child, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                JsonNode child = array.get(i);
                out.add(new Location() {
                    @Override
                    public JsonNode parent() {
                        return array;
                    }

                    @Override
                    public JsonNode value() {
                        return child;
                    }

                    @Override
                    public void set(JsonNode value) {
                        array.set(index, value);
                    }

                    @Override
                    public void remove() {
                        array.remove(index);
                    }

                    @Override
                    public String toString() {
                        return "[" + index + "]";
                    }
                });
                collect(child, out);
            }
        }
    }
}
