package io.webhooks4j.github.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Unmodifiable copies for record components (null stays null; null elements are kept as GitHub sent them). */
final class Copies {
    private Copies() {}

    static <T> @Nullable List<T> list(@Nullable List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> @Nullable Map<K, V> map(@Nullable Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
