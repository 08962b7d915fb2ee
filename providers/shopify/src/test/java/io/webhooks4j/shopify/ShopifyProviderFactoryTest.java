package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.spi.ProviderDescriptor;
import io.webhooks4j.spi.WebhookProviderFactory;
import org.junit.jupiter.api.Test;

/** The factory is found through the service file and describes Shopify without reflection. */
class ShopifyProviderFactoryTest {
    @Test
    void isDiscoveredAndDescribesShopify() {
        WebhookProviderFactory factory = WebhookProviderFactory.discover().get("shopify");
        assertThat(factory).isInstanceOf(ShopifyProviderFactory.class);

        ProviderDescriptor descriptor = factory.descriptor();
        assertThat(descriptor)
                .extracting(
                        ProviderDescriptor::displayName, ProviderDescriptor::secretName, ProviderDescriptor::eventClass)
                .containsExactly("Shopify", "Shopify client secret", ShopifyEvent.class);
        assertThat(descriptor.signsUrl()).isFalse();
        assertThat(descriptor.signsTimestamp()).isFalse();
        assertThat(descriptor.defaultMaxBodyBytes())
                .isEqualTo(ShopifyProvider.create(ShopifyFixtures.SECRET).maxBodyBytes());
        assertThat(descriptor.options().keySet())
                .containsExactlyInAnyOrder(ShopifyProviderFactory.PUBLIC_APP, ShopifyProviderFactory.API_VERSION);
        assertThat(descriptor.options().values())
                .allSatisfy(description -> assertThat(description).isNotBlank());
        assertThat(factory.eventTypes()).isEqualTo(ShopifyEvents.all());
        assertThat(descriptor.catalogue().find("orders/create")).containsSame(ShopifyEvents.ORDERS_CREATE);
    }
}
