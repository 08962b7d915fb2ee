package io.webhooks4j.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.WebhookProviderFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The factory is found through the service file and describes Stripe without reflection. */
class StripeProviderFactoryTest {
    @Test
    void isDiscoveredAndDescribesStripe() {
        WebhookProviderFactory factory = WebhookProviderFactory.discover().get("stripe");
        assertThat(factory).isInstanceOf(StripeProviderFactory.class);

        ProviderDescriptor descriptor = factory.descriptor();
        assertThat(descriptor.displayName()).isEqualTo("Stripe");
        assertThat(descriptor.secretName()).isEqualTo("Stripe webhook secret");
        assertThat(descriptor.eventClass()).isEqualTo(StripeEvent.class);
        assertThat(descriptor.signsUrl()).isFalse();
        assertThat(descriptor.defaultMaxBodyBytes())
                .isEqualTo(StripeProvider.create(Fixtures.SECRET).maxBodyBytes());
        assertThat(descriptor.defaultTolerance()).contains(Duration.ofMinutes(5));
        assertThat(descriptor.options())
                .containsOnlyKeys(
                        StripeProviderFactory.FUTURE_TOLERANCE, StripeProviderFactory.ALLOW_API_KEY_SHAPED_SECRETS)
                .allSatisfy((name, description) -> assertThat(description).isNotBlank());
        assertThat(factory.eventTypes()).isEqualTo(StripeEvents.all());
        assertThat(descriptor.catalogue().find("invoice.paid")).containsSame(StripeEvents.INVOICE_PAID);
    }
}
