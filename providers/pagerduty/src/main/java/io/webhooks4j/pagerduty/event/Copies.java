package io.webhooks4j.pagerduty.event;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Immutable copies for record components: absent lists become empty, {@code null} elements are dropped. */
final class Copies {
    private Copies() {}

    static <T> List<T> list(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            if (element != null) {
                copy.add(element);
            }
        }
        return List.copyOf(copy);
    }
}
