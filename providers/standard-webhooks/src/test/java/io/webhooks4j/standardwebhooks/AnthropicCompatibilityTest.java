package io.webhooks4j.standardwebhooks;

/** The provider compatibility kit for Anthropic (factory {@code anthropic}, catalogue {@link AnthropicEvents}). */
class AnthropicCompatibilityTest extends StandardWebhooksKit {
    AnthropicCompatibilityTest() {
        super(new AnthropicProviderFactory());
    }
}
