package io.webhooks4j.standardwebhooks;

import io.webhooks4j.EventType;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Creates {@link StandardWebhooksProvider}s from neutral settings (Spring properties, CLI flags) under factory id
 * {@value StandardWebhooksProvider#DEFAULT_ID}. The keyring holds the sender's keys ({@code whsec_...}, {@code
 * whpk_...}, {@code whsk_...}); the tolerance bounds old timestamps. Options: {@code id}, the provider id of the
 * provider made (default {@value StandardWebhooksProvider#DEFAULT_ID}; one factory makes every sender, each under
 * its own id: {@code id=clerk}, {@code id=resend}); {@code future-tolerance} (seconds, or an ISO-8601 duration such
 * as {@code PT5M}) bounds future timestamps.
 *
 * <p>{@link OpenAiProviderFactory} ({@code openai}) and {@link AnthropicProviderFactory} ({@code anthropic}) do the
 * same with their sender's id and catalogue.
 */
public final class StandardWebhooksProviderFactory implements WebhookProviderFactory {
    /** Option name: the provider id of the provider made. */
    public static final String ID = "id";
    /** Option name: the bound for timestamps in the future. */
    public static final String FUTURE_TOLERANCE = "future-tolerance";

    private final String factoryId;
    private final Supplier<List<EventType<?>>> eventTypes;

    public StandardWebhooksProviderFactory() {
        this(
                StandardWebhooksProvider.DEFAULT_ID,
                () -> StandardWebhookEvents.declaredFor(StandardWebhooksProvider.DEFAULT_ID));
    }

    StandardWebhooksProviderFactory(String factoryId, Supplier<List<EventType<?>>> eventTypes) {
        this.factoryId = factoryId;
        this.eventTypes = eventTypes;
    }

    @Override
    public String id() {
        return factoryId;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions(factoryId, ID, FUTURE_TOLERANCE);
        StandardWebhooksProvider.Builder builder = StandardWebhooksProvider.builder();
        String providerId = settings.option(ID).map(String::strip).orElse(factoryId);
        try {
            builder.id(providerId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(factoryId + " option " + ID + ": " + e.getMessage(), e);
        }
        builder.keyring(settings.keyring()).clock(settings.clock());
        settings.tolerance().ifPresent(builder::tolerance);
        settings.option(FUTURE_TOLERANCE).ifPresent(v -> builder.futureTolerance(duration(v)));
        settings.maxBodyBytes().ifPresent(builder::maxBodyBytes);
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Duration duration(String value) {
        try {
            Duration duration = value.startsWith("P") || value.startsWith("p")
                    ? Duration.parse(value)
                    : Duration.ofSeconds(Long.parseLong(value.trim()));
            if (duration.isNegative()) {
                throw new IllegalArgumentException(
                        factoryId + " option " + FUTURE_TOLERANCE + " must not be negative, was '" + value + "'");
            }
            return duration;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(factoryId + " option " + FUTURE_TOLERANCE
                    + " must be seconds or an ISO-8601 duration, was '" + value + "'");
        }
    }

    /** The keys declared for this factory's id: the catalogue for {@code openai} and {@code anthropic}. */
    @Override
    public List<EventType<?>> eventTypes() {
        return eventTypes.get();
    }
}
