package io.webhooks4j.acme;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;

/** Acme's factory, registered in META-INF/services. */
public final class AcmeProviderFactory implements WebhookProviderFactory {
    @Override
    public String id() {
        return AcmeProvider.ID;
    }

    @Override
    public WebhookProvider<?> build(ProviderSettings settings) {
        return AcmeProvider.builder().settings(settings).build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.builder(AcmeProvider.ID, "Acme")
                .secretName("Acme secret")
                .eventClass(AcmeEvent.class)
                .catalogue(AcmeEvents.CATALOGUE)
                .build();
    }
}
