package io.webhooks4j.standardwebhooks;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.standardwebhooks.internal.DeclaredEventTypes;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed keys for the events of any Standard Webhooks sender, for {@code Webhooks.Builder.on(...)}. Standard
 * Webhooks fixes the signature, not the events: declare your sender's event types with their payload records,
 * once, as constants, and the compiler checks the handlers as it does for the built-in catalogues:
 *
 * <pre>{@code
 * public record ClerkUser(String id, @JsonProperty("first_name") String firstName) {}
 *
 * public static final EventType<StandardWebhookEvent<ClerkUser>> USER_CREATED =
 *         StandardWebhookEvents.of("clerk", "user.created", ClerkUser.class);
 *
 * Webhooks.builder()
 *     .provider(StandardWebhooksProvider.builder().id("clerk").keys(System.getenv("CLERK_WEBHOOK_SECRET")).build())
 *     .on(USER_CREATED, e -> users.created(e.data().id()))
 * }</pre>
 *
 * <p>A key declares, for its provider id, which record the {@code data} of its event type is read into: the
 * provider reads it so, a {@code data} that does not fit is a 400 ({@code malformed_body}), and a handler only
 * ever receives the payload type its key promises. One event type of one provider id has one payload type:
 * declaring it again with another is refused. Event types nobody declared parse with their {@code data} as a
 * {@link JsonNode} and reach {@link #any(String)} handlers.
 */
public final class StandardWebhookEvents {
    /** Provider ids: what a route segment and a property name can hold. */
    static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private StandardWebhookEvents() {}

    /**
     * The key for event {@code type} of provider {@code providerId}, whose {@code data} is read into {@code
     * payloadType} (a record with {@code @JsonIgnoreProperties(ignoreUnknown = true)}, or {@code JsonNode}).
     *
     * @throws IllegalArgumentException when the provider id is not a valid id, the type is blank, or the type was
     *     declared before with another payload type
     */
    public static <T> EventType<StandardWebhookEvent<T>> of(String providerId, String type, Class<T> payloadType) {
        requireProviderId(providerId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        if (type.isBlank() || type.equals(EventType.ANY)) {
            throw new IllegalArgumentException("An event type must not be blank or '*', was '" + type + "'");
        }
        EventType<?> declared = DeclaredEventTypes.declare(providerId, type, payloadType);
        @SuppressWarnings("unchecked")
        EventType<StandardWebhookEvent<T>> key = (EventType<StandardWebhookEvent<T>>) declared;
        return key;
    }

    /** The key for event {@code type} of provider {@code providerId} with its {@code data} as a tree. */
    public static EventType<StandardWebhookEvent<JsonNode>> of(String providerId, String type) {
        return of(providerId, type, JsonNode.class);
    }

    /** A key matching every event of provider {@code providerId}. */
    public static EventType<StandardWebhookEvent<?>> any(String providerId) {
        requireProviderId(providerId);
        return EventType.any(providerId);
    }

    /**
     * {@code key} (of a catalogue such as {@link OpenAiEvents}) for another provider id: the same event type and
     * payload, for a second account of the same sender configured side by side ({@code id("openai-eu")}).
     */
    public static <T> EventType<StandardWebhookEvent<T>> forProvider(
            String providerId, EventType<StandardWebhookEvent<T>> key) {
        Objects.requireNonNull(key, "key");
        if (key.isAny()) {
            throw new IllegalArgumentException("For every event of a provider, use any(\"" + providerId + "\")");
        }
        @SuppressWarnings("unchecked")
        Class<T> payloadType = (Class<T>) key.payloadType();
        return of(providerId, key.name(), payloadType);
    }

    /**
     * The catalogue of {@code providerId}: its {@link #any(String)} key, then every key declared so far for it, in
     * declaration order (a snapshot: keys declared later are in the next one).
     */
    public static EventCatalogue catalogue(String providerId) {
        EventCatalogue.Builder catalogue = EventCatalogue.builder(requireProviderId(providerId));
        catalogue.any();
        DeclaredEventTypes.declaredFor(providerId).forEach(catalogue::add);
        return catalogue.build();
    }

    static String requireProviderId(@Nullable String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        if (!PROVIDER_ID.matcher(providerId).matches()) {
            throw new IllegalArgumentException("A provider id is 1 to 63 lower-case letters, digits, '-' or '_',"
                    + " starting with a letter or digit; was '" + providerId + "'");
        }
        return providerId;
    }
}
