package io.webhooks4j.pagerduty;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;

/**
 * Creates {@link PagerDutyProvider}s from neutral settings (Spring properties, CLI flags). PagerDuty signs no
 * timestamp, so a tolerance is refused ({@link IllegalArgumentException}); it has no provider-specific options.
 */
public final class PagerDutyProviderFactory implements WebhookProviderFactory {
    @Override
    public WebhookProvider<?> build(ProviderSettings settings) {
        return PagerDutyProvider.builder().settings(settings).build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return ProviderDescriptor.builder(PagerDutyProvider.ID, "PagerDuty")
                .secretName(PagerDutyProvider.SECRET_NAME)
                .eventClass(PagerDutyEvent.class)
                .catalogue(PagerDutyEvents.CATALOGUE)
                .defaultMaxBodyBytes(PagerDutyProvider.DEFAULT_MAX_BODY_BYTES)
                .build();
    }
}
