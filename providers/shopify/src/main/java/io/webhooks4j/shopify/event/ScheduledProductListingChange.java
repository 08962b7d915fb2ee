package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code scheduled_product_listings/add}, {@code scheduled_product_listings/update} and {@code scheduled_product_listings/remove}
 * (sales-channel apps): the {@code scheduled_product_listing} that changed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduledProductListingChange(@Nullable ProductListing scheduledProductListing) {}
