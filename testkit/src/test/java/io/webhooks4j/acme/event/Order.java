package io.webhooks4j.acme.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An Acme order. */
public record Order(
        String id, @Nullable BigDecimal total, @Nullable Instant created, List<String> items) {
    public Order {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
