package io.webhooks4j.stripe;

import io.webhooks4j.EventType;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Creates {@link StripeProvider}s from neutral settings (Spring properties, CLI flags). The tolerance bounds old
 * timestamps; option {@code future-tolerance} (seconds, or an ISO-8601 duration such as {@code PT5M}) bounds
 * future ones.
 */
public final class StripeProviderFactory implements WebhookProviderFactory {
    /** Option name: the bound for timestamps in the future. */
    public static final String FUTURE_TOLERANCE = "future-tolerance";

    @Override
    public String id() {
        return StripeProvider.ID;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions(id(), FUTURE_TOLERANCE);
        StripeProvider.Builder builder =
                StripeProvider.builder().keyring(settings.keyring()).clock(settings.clock());
        settings.tolerance().ifPresent(builder::tolerance);
        settings.option(FUTURE_TOLERANCE).ifPresent(v -> builder.futureTolerance(duration(v)));
        settings.maxBodyBytes().ifPresent(builder::maxBodyBytes);
        return builder.build();
    }

    private static Duration duration(String value) {
        try {
            return value.startsWith("P") || value.startsWith("p")
                    ? Duration.parse(value)
                    : Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("stripe option " + FUTURE_TOLERANCE
                    + " must be seconds or an ISO-8601 duration, was '" + value + "'");
        }
    }

    @Override
    public List<EventType<?>> eventTypes() {
        return EventType.declaredIn(StripeEvents.class);
    }
}
