package io.webhooks4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable HTTP headers: names compared without regard to case, each name with one or more values in the
 * order received.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final TreeMap<String, List<String>> values;

    private Headers(TreeMap<String, List<String>> values) {
        this.values = values;
    }

    public static Headers empty() {
        return EMPTY;
    }

    /** Headers from a map of single values. */
    public static Headers of(Map<String, String> single) {
        Builder builder = builder();
        single.forEach(builder::add);
        return builder.build();
    }

    /** Headers from a map of value lists (as servlet containers and HTTP clients give them). */
    public static Headers ofMulti(Map<String, ? extends List<String>> multi) {
        Builder builder = builder();
        multi.forEach((name, list) -> list.forEach(value -> builder.add(name, value)));
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code name}, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> all(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** The names, as first received. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The headers as a map of lists (names as first received). */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Builder toBuilder() {
        Builder builder = builder();
        values.forEach((name, list) -> list.forEach(value -> builder.add(name, value)));
        return builder;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Headers other) || other.values.size() != values.size()) {
            return false;
        }
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!e.getValue().equals(other.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            h += e.getKey().toLowerCase(Locale.ROOT).hashCode() ^ e.getValue().hashCode();
        }
        return h;
    }

    /** Names only: header values may hold signatures and tokens. */
    @Override
    public String toString() {
        return "Headers" + values.keySet();
    }

    /** Builds {@link Headers}. */
    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {}

        /** Adds a value, keeping those already there. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, () -> "value of header '" + name + "'");
            values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            return this;
        }

        /** Replaces every value of {@code name} with {@code value}. */
        public Builder set(String name, String value) {
            values.remove(name);
            return add(name, value);
        }

        public Builder remove(String name) {
            values.remove(name);
            return this;
        }

        public Headers build() {
            if (values.isEmpty()) {
                return EMPTY;
            }
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new Headers(copy);
        }
    }
}
