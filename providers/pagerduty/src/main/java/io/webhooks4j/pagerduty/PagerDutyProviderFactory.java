package io.webhooks4j.pagerduty;

import io.webhooks4j.EventType;
import io.webhooks4j.spi.ProviderSettings;
import io.webhooks4j.spi.WebhookProvider;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.util.List;

/**
 * Creates {@link PagerDutyProvider}s from neutral settings (Spring properties, CLI flags). PagerDuty signs no
 * timestamp, so a tolerance is ignored; it has no provider-specific options.
 */
public final class PagerDutyProviderFactory implements WebhookProviderFactory {
    @Override
    public String id() {
        return PagerDutyProvider.ID;
    }

    @Override
    public WebhookProvider<?> create(ProviderSettings settings) {
        settings.requireOnlyOptions(id());
        PagerDutyProvider.Builder builder = PagerDutyProvider.builder().keyring(settings.keyring());
        settings.maxBodyBytes().ifPresent(builder::maxBodyBytes);
        return builder.build();
    }

    @Override
    public List<EventType<?>> eventTypes() {
        return EventType.declaredIn(PagerDutyEvents.class);
    }
}
