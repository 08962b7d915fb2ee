package io.webhooks4j.standardwebhooks;

/**
 * {@link StandardWebhooksProviderFactory} under factory id {@value AnthropicEvents#PROVIDER_ID}, with the {@link
 * AnthropicEvents} catalogue: {@code webhooks.anthropic.secrets=whsec_...} configures Anthropic with no further
 * setting. Same options (option {@code id} gives a second Anthropic workspace its own id).
 */
public final class AnthropicProviderFactory extends StandardWebhooksProviderFactory {
    public AnthropicProviderFactory() {
        super(AnthropicEvents.PROVIDER_ID, "Anthropic", () -> AnthropicEvents.CATALOGUE);
    }
}
