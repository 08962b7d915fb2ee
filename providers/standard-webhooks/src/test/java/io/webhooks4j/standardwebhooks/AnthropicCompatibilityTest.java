package io.webhooks4j.standardwebhooks;

import io.webhooks4j.spi.WebhookProvider;
import java.util.function.Function;

/** The provider compatibility kit for Anthropic (factory {@code anthropic}, catalogue {@link AnthropicEvents}). */
class AnthropicCompatibilityTest extends StandardWebhooksKit {
    AnthropicCompatibilityTest() {
        super(new AnthropicProviderFactory());
    }

    @Override
    protected Function<String[], ? extends WebhookProvider<?>> createFromSecrets() {
        return StandardWebhooksProvider::anthropic;
    }
}
