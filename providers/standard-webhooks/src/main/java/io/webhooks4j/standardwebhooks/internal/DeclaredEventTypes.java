package io.webhooks4j.standardwebhooks.internal;

import io.webhooks4j.EventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event types declared so far, by provider id then type, in declaration order: which record the {@code data}
 * of each is read into. Backs {@code StandardWebhookEvents}, the catalogues and the parser. Thread-safe.
 */
public final class DeclaredEventTypes {
    private static final Map<String, Map<String, EventType<?>>> BY_PROVIDER = new ConcurrentHashMap<>();

    private DeclaredEventTypes() {}

    /**
     * The key for {@code type} of {@code providerId} with {@code payloadType}, declared now or before.
     *
     * @throws IllegalArgumentException when it was declared before with another payload type
     */
    public static EventType<?> declare(String providerId, String type, Class<?> payloadType) {
        Map<String, EventType<?>> types = BY_PROVIDER.computeIfAbsent(providerId, k -> new LinkedHashMap<>());
        EventType<?> declared;
        synchronized (types) {
            declared = types.computeIfAbsent(type, t -> EventType.of(providerId, t, payloadType));
        }
        if (declared.payloadType() != payloadType) {
            throw new IllegalArgumentException("Event type '" + type + "' of provider '" + providerId
                    + "' is already declared with payload "
                    + declared.payloadType().getName() + ", not "
                    + payloadType.getName());
        }
        return declared;
    }

    /** Every key declared so far for {@code providerId}, in declaration order. */
    public static List<EventType<?>> declaredFor(String providerId) {
        Map<String, EventType<?>> types = BY_PROVIDER.get(providerId);
        if (types == null) {
            return List.of();
        }
        synchronized (types) {
            return List.copyOf(types.values());
        }
    }

    /** The payload type declared for {@code type} of {@code providerId}. */
    public static Optional<Class<?>> payloadType(String providerId, String type) {
        Map<String, EventType<?>> types = BY_PROVIDER.get(providerId);
        if (types == null) {
            return Optional.empty();
        }
        synchronized (types) {
            EventType<?> declared = types.get(type);
            return declared == null ? Optional.empty() : Optional.of(declared.payloadType());
        }
    }
}
