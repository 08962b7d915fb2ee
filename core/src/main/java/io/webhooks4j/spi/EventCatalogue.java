package io.webhooks4j.spi;

import io.webhooks4j.EventType;
import io.webhooks4j.WebhookEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event types one provider documents, in declaration order, with O(1) lookup by name. Immutable. A
 * provider's {@code <P>Events} class defines its constants through a {@link Builder} and builds the catalogue in
 * its last static field, so the list is explicit (no reflection) and cannot miss a constant:
 *
 * <pre>{@code
 * public final class StripeEvents {
 *     private static final EventCatalogue.Builder DEFINE = EventCatalogue.builder(StripeProvider.ID);
 *     public static final EventType<StripeEvent<Invoice>> INVOICE_PAID = DEFINE.type("invoice.paid", Invoice.class);
 *     // ... every constant ...
 *     private static final EventCatalogue CATALOGUE = DEFINE.build();
 *
 *     public static List<EventType<?>> all() { return CATALOGUE.all(); }
 *     public static Optional<EventType<?>> find(String name) { return CATALOGUE.find(name); }
 * }
 * }</pre>
 */
public final class EventCatalogue {
    private final String provider;
    private final List<EventType<?>> all;
    private final Map<String, EventType<?>> byName;

    private EventCatalogue(String provider, List<EventType<?>> all) {
        this.provider = provider;
        this.all = List.copyOf(all);
        Map<String, EventType<?>> map = new LinkedHashMap<>();
        for (EventType<?> type : all) {
            if (map.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException(provider + " defines event type '" + type.name() + "' twice");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** A builder for {@code provider}'s catalogue. */
    public static Builder builder(String provider) {
        return new Builder(provider);
    }

    /** A catalogue of {@code types}, all of {@code provider}. */
    public static EventCatalogue of(String provider, List<? extends EventType<?>> types) {
        Builder builder = builder(provider);
        types.forEach(builder::add);
        return builder.build();
    }

    /** The provider id. */
    public String provider() {
        return provider;
    }

    /** Every event type, in declaration order (the provider-wide {@code ANY} key included, if defined). */
    public List<EventType<?>> all() {
        return all;
    }

    /** The event type named {@code name}, if the provider documents it. */
    public Optional<EventType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The number of event types. */
    public int size() {
        return all.size();
    }

    @Override
    public String toString() {
        return "EventCatalogue[" + provider + ", " + all.size() + " types]";
    }

    /** Collects a catalogue's types while a {@code <P>Events} class initialises. Not thread-safe; use once. */
    public static final class Builder {
        private final String provider;
        private final List<EventType<?>> types = new ArrayList<>();
        private boolean built;

        private Builder(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        /** Defines event type {@code name} whose payload is {@code payloadType}, and adds it. */
        public <E extends WebhookEvent> EventType<E> type(String name, Class<?> payloadType) {
            return add(EventType.of(provider, name, payloadType));
        }

        /** Defines the provider-wide catch-all, and adds it. */
        public <E extends WebhookEvent> EventType<E> any() {
            return add(EventType.any(provider));
        }

        /** Adds a type defined elsewhere (it must be of this provider). */
        public <E extends WebhookEvent> EventType<E> add(EventType<E> type) {
            if (built) {
                throw new IllegalStateException("the catalogue of " + provider + " is already built");
            }
            if (!type.provider().equals(provider)) {
                throw new IllegalArgumentException(type + " is not an event type of " + provider);
            }
            types.add(type);
            return type;
        }

        /** The catalogue of every type defined so far. */
        public EventCatalogue build() {
            built = true;
            return new EventCatalogue(provider, types);
        }
    }
}
