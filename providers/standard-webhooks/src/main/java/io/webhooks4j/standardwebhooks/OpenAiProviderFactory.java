package io.webhooks4j.standardwebhooks;

import io.webhooks4j.EventType;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import java.util.List;

/**
 * {@link StandardWebhooksProviderFactory} under factory id {@value OpenAiEvents#PROVIDER_ID}, with the {@link
 * OpenAiEvents} catalogue: {@code webhooks.openai.secrets=whsec_...} configures OpenAI with no further setting.
 * Same options (option {@code id} gives a second OpenAI project its own id).
 */
public final class OpenAiProviderFactory implements WebhookProviderFactory {
    private final StandardWebhooksProviderFactory delegate =
            new StandardWebhooksProviderFactory(OpenAiEvents.PROVIDER_ID, OpenAiEvents::all);

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        return delegate.create(settings);
    }

    @Override
    public List<EventType<?>> eventTypes() {
        return delegate.eventTypes();
    }
}
