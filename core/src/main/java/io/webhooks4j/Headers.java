package io.webhooks4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable HTTP headers: names compared without regard to case, each name with one or more values in the
 * order received.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(new LinkedHashMap<>());

    /** One name: its spelling as first received and its values. */
    private record Field(String name, List<String> values) {}

    /** By lower-case name, in the order first received. */
    private final LinkedHashMap<String, Field> fields;

    private Headers(LinkedHashMap<String, Field> fields) {
        this.fields = fields;
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
        Field field = fields.get(key(name));
        return field == null ? Optional.empty() : Optional.of(field.values.get(0));
    }

    /**
     * The first value of {@code name} without surrounding white space, if present and not blank: how providers
     * read a header that carries one value ({@code X-GitHub-Event}).
     */
    public Optional<String> firstNonBlank(String name) {
        Field field = fields.get(key(name));
        if (field == null) {
            return Optional.empty();
        }
        String value = field.values.get(0).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> all(String name) {
        Field field = fields.get(key(name));
        return field == null ? List.of() : field.values;
    }

    public boolean contains(String name) {
        return fields.containsKey(key(name));
    }

    /** The names, as first received, in the order first received. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        fields.values().forEach(field -> names.add(field.name));
        return Collections.unmodifiableSet(names);
    }

    /** The headers as a map of lists (names as first received). */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        fields.values().forEach(field -> map.put(field.name, field.values));
        return Collections.unmodifiableMap(map);
    }

    public Builder toBuilder() {
        Builder builder = builder();
        fields.values().forEach(field -> field.values.forEach(value -> builder.add(field.name, value)));
        return builder;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Headers other) || other.fields.size() != fields.size()) {
            return false;
        }
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            Field theirs = other.fields.get(e.getKey());
            if (theirs == null || !e.getValue().values.equals(theirs.values)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            h += e.getKey().hashCode() ^ e.getValue().values.hashCode();
        }
        return h;
    }

    /** Names only: header values may hold signatures and tokens. */
    @Override
    public String toString() {
        return "Headers" + names();
    }

    /**
     * The map key of a name: lower case (ASCII, as HTTP header names are), the same instance when it is already
     * lower case, which is how HTTP/2 and most containers give them.
     */
    static String key(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7f) {
                return name.toLowerCase(Locale.ROOT);
            }
        }
        return name;
    }

    /** Builds {@link Headers}. */
    public static final class Builder {
        private final LinkedHashMap<String, Field> fields = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a value, keeping those already there. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, () -> "value of header '" + name + "'");
            fields.computeIfAbsent(key(name), k -> new Field(name, new ArrayList<>(1)))
                    .values
                    .add(value);
            return this;
        }

        /** Replaces every value of {@code name} with {@code value}. */
        public Builder set(String name, String value) {
            fields.remove(key(name));
            return add(name, value);
        }

        public Builder remove(String name) {
            fields.remove(key(name));
            return this;
        }

        /** True when a value of {@code name} (in any case) has been added: for {@link WebhookRequest.Builder}. */
        boolean contains(String name) {
            return fields.containsKey(key(name));
        }

        public Headers build() {
            if (fields.isEmpty()) {
                return EMPTY;
            }
            LinkedHashMap<String, Field> copy = new LinkedHashMap<>(fields.size() * 2);
            fields.forEach((key, field) -> copy.put(key, new Field(field.name, List.copyOf(field.values))));
            return new Headers(copy);
        }
    }
}
