package io.webhooks4j.standardwebhooks;

import io.webhooks4j.EventType;
import io.webhooks4j.ProviderSettings;
import io.webhooks4j.WebhookProvider;
import io.webhooks4j.WebhookProviderFactory;
import java.util.List;

/**
 * {@link StandardWebhooksProviderFactory} under factory id {@value AnthropicEvents#PROVIDER_ID}, with the {@link
 * AnthropicEvents} catalogue: {@code webhooks.anthropic.secrets=whsec_...} configures Anthropic with no further setting.
 * Same options (option {@code id} gives a second Anthropic workspace its own id).
 */
public final class AnthropicProviderFactory implements WebhookProviderFactory {
    private final StandardWebhooksProviderFactory delegate =
            new StandardWebhooksProviderFactory(AnthropicEvents.PROVIDER_ID, AnthropicEvents::all);

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
