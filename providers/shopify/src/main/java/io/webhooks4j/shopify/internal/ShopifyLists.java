package io.webhooks4j.shopify.internal;

import io.webhooks4j.spi.RecordCopies;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists for payload record components, at the cost of a wrapper rather than a copy. Not API. */
public final class ShopifyLists {
    private ShopifyLists() {}

    /**
     * {@code list} behind an unmodifiable view, empty when absent. The list Jackson just built is held by nobody
     * else, so it is wrapped, not copied; one holding a null element is copied without its nulls
     * ({@link RecordCopies#listOrEmpty}), so the element type stays non-null.
     */
    public static <T> List<T> viewOrEmpty(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (int i = 0, n = list.size(); i < n; i++) {
            if (list.get(i) == null) {
                return RecordCopies.listOrEmpty(list);
            }
        }
        return Collections.unmodifiableList(list);
    }
}
