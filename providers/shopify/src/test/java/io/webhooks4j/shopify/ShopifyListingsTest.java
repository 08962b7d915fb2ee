package io.webhooks4j.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhooks4j.RawBody;
import io.webhooks4j.WebhookRequest;
import io.webhooks4j.shopify.event.CollectionListingChange;
import io.webhooks4j.shopify.event.ProductListingChange;
import io.webhooks4j.shopify.event.ScheduledProductListingChange;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sales-channel listing topics, on our own payloads shaped after the 2025-01 reference's samples. */
class ShopifyListingsTest {
    private final ShopifyProvider provider = ShopifyFixtures.provider();

    private Object parse(String topic, String json) {
        WebhookRequest request = ShopifyFixtures.signed(topic, RawBody.ofUtf8(json));
        ShopifyEvent<?> event = provider.parse(request, provider.verify(request));
        assertThat(event.topic()).isEqualTo(topic);
        return event.payload();
    }

    @Test
    void readsAProductListingWithItsVariants() {
        ProductListingChange change = (ProductListingChange) parse(
                "product_listings/add",
                "{\"product_listing\":{\"product_id\":9007199254740993,\"title\":\"Linen Shirt\",\"available\":true,"
                        + "\"published_at\":\"2026-11-27T07:00:00-05:00\",\"variants\":[{\"id\":44,\"price\":\"19.99\","
                        + "\"formatted_price\":\"$19.99\",\"option_values\":[{\"option_id\":7,\"name\":\"Size\","
                        + "\"value\":\"S\"}]}],\"options\":[{\"id\":7,\"name\":\"Size\",\"values\":[\"S\"]}]}}");
        assertThat(change.productListing().productId()).isEqualTo(9007199254740993L);
        assertThat(change.productListing().publishedAt()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
        assertThat(change.productListing().variants().get(0).price()).isEqualByComparingTo(new BigDecimal("19.99"));
        assertThat(change.productListing()
                        .variants()
                        .get(0)
                        .optionValues()
                        .get(0)
                        .value())
                .isEqualTo("S");
        assertThat(change.productListing().options().get(0).name()).isEqualTo("Size");
    }

    @Test
    void readsARemovalScheduledListingsAndCollectionListings() {
        ProductListingChange removed =
                (ProductListingChange) parse("product_listings/remove", "{\"product_listing\":{\"product_id\":12}}");
        assertThat(removed.productListing().productId()).isEqualTo(12L);
        assertThat(removed.productListing().title()).isNull();

        ScheduledProductListingChange scheduled = (ScheduledProductListingChange) parse(
                "scheduled_product_listings/add",
                "{\"scheduled_product_listing\":{\"product_id\":13,\"publish_at\":\"2026-12-01T00:00:00Z\"}}");
        assertThat(scheduled.scheduledProductListing().publishAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));

        CollectionListingChange collection = (CollectionListingChange) parse(
                "collection_listings/update",
                "{\"collection_listing\":{\"collection_id\":408372092144951,\"handle\":\"summer\",\"image\":null}}");
        assertThat(collection.collectionListing().collectionId()).isEqualTo(408372092144951L);
        assertThat(collection.collectionListing().handle()).isEqualTo("summer");
    }
}
