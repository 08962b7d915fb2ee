package io.webhooks4j.pagerduty;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.util.Map;
import java.util.Optional;

/**
 * Creates {@link PagerDutyProvider}s from neutral settings (Spring properties, CLI flags). PagerDuty signs no
 * timestamp, so a tolerance is refused ({@link IllegalArgumentException}); it has no provider-specific options.
 */
public final class PagerDutyProviderFactory implements WebhookProviderFactory {
    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions(descriptor());
        return PagerDutyProvider.builder().settings(settings).build();
    }

    @Override
    public ProviderDescriptor descriptor() {
        return new ProviderDescriptor(
                PagerDutyProvider.ID,
                "PagerDuty",
                PagerDutyProvider.SECRET_NAME,
                PagerDutyEvent.class,
                PagerDutyEvents.CATALOGUE,
                false,
                PagerDutyProvider.DEFAULT_MAX_BODY_BYTES,
                Optional.empty(),
                Map.of());
    }
}
