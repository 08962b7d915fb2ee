package io.webhooks4j.standardwebhooks;

import io.webhooks4j.spi.EventCatalogue;
import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.util.function.Supplier;

/**
 * Creates {@link StandardWebhooksProvider}s from neutral settings (Spring properties, CLI flags) under factory id
 * {@value StandardWebhooksProvider#DEFAULT_ID}. The keyring holds the sender's keys ({@code whsec_...}, {@code
 * whpk_...}, {@code whsk_...}); the tolerance bounds old timestamps. Options: {@code id}, the provider id of the
 * provider made (default the factory's id; one factory makes every sender, each under its own id: {@code
 * id=clerk}, {@code id=resend}); {@code future-tolerance} (seconds, or an ISO-8601 duration such as {@code PT5M})
 * bounds future timestamps.
 *
 * <p>{@link OpenAiProviderFactory} ({@code openai}) and {@link AnthropicProviderFactory} ({@code anthropic}) do the
 * same with their sender's id and catalogue. The catalogue of {@value StandardWebhooksProvider#DEFAULT_ID} is the
 * keys declared for it so far ({@link StandardWebhookEvents#catalogue(String)}).
 */
public class StandardWebhooksProviderFactory implements WebhookProviderFactory {
    /** Option name: the provider id of the provider made. */
    public static final String ID = "id";
    /** Option name: the bound for timestamps in the future. */
    public static final String FUTURE_TOLERANCE = "future-tolerance";

    private final String factoryId;
    private final String displayName;
    private final Supplier<EventCatalogue> catalogue;

    public StandardWebhooksProviderFactory() {
        this(
                StandardWebhooksProvider.DEFAULT_ID,
                "Standard Webhooks",
                () -> StandardWebhookEvents.catalogue(StandardWebhooksProvider.DEFAULT_ID));
    }

    /** For the senders with a catalogue of their own: {@link OpenAiProviderFactory}, {@link AnthropicProviderFactory}. */
    StandardWebhooksProviderFactory(String factoryId, String displayName, Supplier<EventCatalogue> catalogue) {
        this.factoryId = factoryId;
        this.displayName = displayName;
        this.catalogue = catalogue;
    }

    /**
     * The same scheme for another sender, under its own id ({@code webhooks.clerk.provider: standard-webhooks}
     * in Spring): its providers have that id, its catalogue is the keys declared for it.
     */
    @Override
    public WebhookProviderFactory forId(String id) {
        String providerId = StandardWebhookEvents.requireProviderId(id);
        return new StandardWebhooksProviderFactory(
                providerId,
                "Standard Webhooks (" + providerId + ")",
                () -> StandardWebhookEvents.catalogue(providerId));
    }

    @Override
    public final String id() {
        return factoryId;
    }

    @Override
    public final ProviderDescriptor descriptor() {
        return ProviderDescriptor.builder(factoryId, displayName)
                .secretName(StandardWebhooksProvider.describeKeys(factoryId))
                .eventClass(StandardWebhookEvent.class)
                .catalogue(catalogue.get())
                .defaultTolerance(StandardWebhooksVerifier.DEFAULT_TOLERANCE)
                .option(
                        ID,
                        "The provider id of the provider made (default " + factoryId
                                + "): 1 to 63 lower-case letters, digits, - and _")
                .option(
                        FUTURE_TOLERANCE,
                        "How far in the future a signed timestamp may be: seconds or an ISO-8601 duration (default 300"
                                + " seconds)")
                .build();
    }

    @Override
    public final WebhookProvider<?> build(ProviderSettings settings) {
        String providerId = settings.option(ID).map(String::strip).orElse(factoryId);
        StandardWebhooksProvider.Builder builder;
        try {
            builder = StandardWebhooksProvider.builder(providerId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(factoryId + " option " + ID + ": " + e.getMessage(), e);
        }
        builder.settings(settings);
        settings.durationOption(factoryId, FUTURE_TOLERANCE).ifPresent(builder::futureTolerance);
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
