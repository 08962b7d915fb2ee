package io.webhooks4j.standardwebhooks;

/**
 * {@link StandardWebhooksProviderFactory} under factory id {@value OpenAiEvents#PROVIDER_ID}, with the {@link
 * OpenAiEvents} catalogue: {@code webhooks.openai.secrets=whsec_...} configures OpenAI with no further setting.
 * Same options (option {@code id} gives a second OpenAI project its own id).
 */
public final class OpenAiProviderFactory extends StandardWebhooksProviderFactory {
    public OpenAiProviderFactory() {
        super(OpenAiEvents.PROVIDER_ID, "OpenAI", () -> OpenAiEvents.CATALOGUE);
    }
}
