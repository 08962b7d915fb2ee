package io.webhooks4j.standardwebhooks;

/** The provider compatibility kit for OpenAI (factory {@code openai}, catalogue {@link OpenAiEvents}). */
class OpenAiCompatibilityTest extends StandardWebhooksKit {
    OpenAiCompatibilityTest() {
        super(new OpenAiProviderFactory());
    }
}
