package io.webhooks4j.codegen.github;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a JSON schema node becomes in Java, before names are given: the intermediate model between octokit's schemas
 * and the emitted records. Shapes of the same property in several action schemas of one event are merged
 * ({@link #merge}), so one record serves every action of the event.
 */
sealed interface Shape {
    /** A scalar: {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code Instant}. */
    record Scalar(String javaType) implements Shape {}

    /** A string with a closed set of values (an enum that reads unknown values as {@code UNKNOWN}). */
    record Enumerated(List<String> values) implements Shape {}

    /**
     * An object with known properties: a record. {@code hint} is the name its schema file suggests (common/*), or
     * null for an inline object.
     */
    record Obj(String hint, String source, String description, Map<String, Shape> properties) implements Shape {}

    /** A JSON array. */
    record Arr(Shape items) implements Shape {}

    /** A hand-written record of the provider (common/user.schema.json is {@code User}, ...). */
    record Known(String className) implements Shape {}

    /** Anything that is not one Java type: kept as a {@code JsonNode}. */
    record Any() implements Shape {}

    Shape ANY = new Any();

    /**
     * One shape for two schemas of the same value: objects take the union of their properties, enums the union of
     * their values; a hand-written record absorbs any object (its extra members stay in {@code raw()}); types that
     * do not meet become {@link Any}.
     */
    static Shape merge(Shape a, Shape b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        if (a instanceof Known k) {
            return b instanceof Obj ? k : ANY;
        }
        if (b instanceof Known k) {
            return a instanceof Obj ? k : ANY;
        }
        if (a instanceof Obj x && b instanceof Obj y) {
            Map<String, Shape> properties = new LinkedHashMap<>(x.properties());
            y.properties().forEach((name, shape) -> properties.merge(name, shape, Shape::merge));
            return new Obj(
                    x.hint() != null ? x.hint() : y.hint(),
                    x.source() != null ? x.source() : y.source(),
                    x.description() != null ? x.description() : y.description(),
                    properties);
        }
        if (a instanceof Enumerated x && b instanceof Enumerated y) {
            LinkedHashSet<String> values = new LinkedHashSet<>(x.values());
            values.addAll(y.values());
            return new Enumerated(new ArrayList<>(values));
        }
        if (a instanceof Arr x && b instanceof Arr y) {
            return new Arr(merge(x.items(), y.items()));
        }
        String ta = scalarType(a);
        String tb = scalarType(b);
        if (ta != null && tb != null) {
            if (ta.equals(tb)) {
                return new Scalar(ta);
            }
            if (Objects.equals(Set2.of(ta, tb), Set2.of("Long", "Double"))) {
                return new Scalar("Double");
            }
            if (Objects.equals(Set2.of(ta, tb), Set2.of("Instant", "Long"))) {
                // a time GitHub sends as RFC 3339 text or as epoch seconds: the record deserializer reads both
                return new Scalar("Instant");
            }
        }
        return ANY;
    }

    private static String scalarType(Shape s) {
        if (s instanceof Scalar scalar) {
            return scalar.javaType();
        }
        return s instanceof Enumerated ? "String" : null;
    }

    /** An unordered pair, for comparing two type names. */
    record Set2(String low, String high) {
        static Set2 of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Set2(a, b) : new Set2(b, a);
        }
    }
}
