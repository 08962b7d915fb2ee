package io.webhooks4j.acme;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.util.Map;
import java.util.Optional;

/** Acme's factory, registered in META-INF/services. */
public final class AcmeProviderFactory implements WebhookProviderFactory {
    @Override
    public String id() {
        return AcmeProvider.ID;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions("Acme");
        return AcmeProvider.builder().settings(settings).build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor(
                AcmeProvider.ID,
                "Acme",
                "Acme secret",
                AcmeEvent.class,
                AcmeEvents.CATALOGUE,
                false,
                WebhookProvider.DEFAULT_MAX_BODY_BYTES,
                Optional.empty(),
                Map.of());
    }
}
