package io.webhooks4j.standardwebhooks;

import io.webhooks4j.spi.WebhookProvider;
import java.util.function.Function;

/** The provider compatibility kit for OpenAI (factory {@code openai}, catalogue {@link OpenAiEvents}). */
class OpenAiCompatibilityTest extends StandardWebhooksKit {
    OpenAiCompatibilityTest() {
        super(new OpenAiProviderFactory());
    }

    @Override
    protected Function<String[], ? extends WebhookProvider<?>> createFromSecrets() {
        return StandardWebhooksProvider::openAi;
    }
}
