package io.webhooks4j.github.internal;

import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the payload records' compact constructors do with a list component. */
public final class PayloadLists {
    private PayloadLists() {}

    /**
     * {@code list} itself when the record deserializer has just read it (an unmodifiable list nothing else holds),
     * else an unmodifiable copy ({@link RecordCopies#listOrNull}: a list handed to the constructor by other code);
     * {@code null} stays {@code null}. Null elements are kept either way.
     */
    public static <T> @Nullable List<T> own(@Nullable List<T> list) {
        return list == null || FrozenList.isFrozen(list) ? list : RecordCopies.listOrNull(list);
    }
}
