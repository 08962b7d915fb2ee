package io.webhooks4j.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Unmodifiable copies for payload record components, so a record handed to a handler cannot be changed behind
 * its back. Two flavours, as providers need them: {@code orNull} keeps an absent value absent (and null elements
 * as sent), {@code orEmpty} turns an absent list or map into an empty one and drops null elements, so the element type
 * can stay non-null.
 */
public final class RecordCopies {
    private RecordCopies() {}

    /** An unmodifiable copy of {@code list}, or {@code null} when it is absent. */
    public static <T> @Nullable List<T> listOrNull(@Nullable List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy of {@code list} without its null elements, empty when it is absent. */
    public static <T> List<T> listOrEmpty(@Nullable List<T> list) {
        if (list == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            if (element != null) {
                copy.add(element);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * {@code list} behind an unmodifiable view, empty when absent: for a list Jackson has just built for a record's
     * constructor, which nobody else holds, so it is wrapped rather than copied. One holding a null element is
     * copied without its nulls ({@link #listOrEmpty}), so the element type stays non-null.
     */
    public static <T> List<T> viewOrEmpty(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (int i = 0, n = list.size(); i < n; i++) {
            if (list.get(i) == null) {
                return listOrEmpty(list);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** An unmodifiable copy of {@code map} (order kept), or {@code null} when it is absent. */
    public static <K, V> @Nullable Map<K, V> mapOrNull(@Nullable Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** An unmodifiable copy of {@code map} (order kept) without null keys or values, empty when it is absent. */
    public static <K, V> Map<K, V> mapOrEmpty(@Nullable Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
