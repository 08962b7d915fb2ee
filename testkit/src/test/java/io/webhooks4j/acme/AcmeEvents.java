package io.webhooks4j.acme;

import io.webhooks4j.EventType;
import io.webhooks4j.acme.event.Order;
import io.webhooks4j.spi.EventCatalogue;
import java.util.List;
import java.util.Optional;

/** Acme's catalogue. */
public final class AcmeEvents {
    private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(AcmeProvider.ID);
    public static final EventType<AcmeEvent<Order>> ORDER_CREATED = DEFINE.type("order.created", Order.class);
    public static final EventType<AcmeEvent<Order>> ORDER_PAID = DEFINE.type("order.paid", Order.class);
    public static final EventType<AcmeEvent<Object>> ANY = DEFINE.any();
    static final EventCatalogue CATALOGUE = DEFINE.build();

    private AcmeEvents() {}

    public static List<EventType<?>> all() {
        return CATALOGUE.all();
    }

    public static Optional<EventType<?>> find(String name) {
        return CATALOGUE.find(name);
    }
}
