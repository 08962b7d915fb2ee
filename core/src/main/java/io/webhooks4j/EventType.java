package io.webhooks4j;

import java.util.Objects;

/**
 * A key naming one event type of one provider, typed with the event it produces, so that
 * {@code on(StripeEvents.INVOICE_PAID, e -> e.data().object().amountPaid())} is checked by the compiler.
 * Provider modules publish these in their catalogues ({@code StripeEvents}, {@code GitHubEvents}, ...).
 *
 * @param <E> the event type handlers of this key receive
 */
public final class EventType<E extends WebhookEvent> {
    /** The name that matches every event of a provider. */
    public static final String ANY = "*";

    private final String provider;
    private final String name;
    private final Class<?> payloadType;

    private EventType(String provider, String name, Class<?> payloadType) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.name = Objects.requireNonNull(name, "name");
        this.payloadType = Objects.requireNonNull(payloadType, "payloadType");
    }

    /**
     * A key for event {@code name} of {@code provider} whose payload is {@code payloadType}.
     *
     * @param payloadType the class of the typed payload (for catalogues, registries and Spring's parameter
     *     checks); {@code Object.class} or a tree type when the payload is not modelled
     */
    public static <E extends WebhookEvent> EventType<E> of(String provider, String name, Class<?> payloadType) {
        return new EventType<>(provider, name, payloadType);
    }

    /** A key matching every event of {@code provider}: a provider-wide catch-all. */
    public static <E extends WebhookEvent> EventType<E> any(String provider) {
        return new EventType<>(provider, ANY, Object.class);
    }

    public String provider() {
        return provider;
    }

    public String name() {
        return name;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public boolean isAny() {
        return ANY.equals(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventType<?> other && provider.equals(other.provider) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return provider.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return provider + ":" + name;
    }
}
