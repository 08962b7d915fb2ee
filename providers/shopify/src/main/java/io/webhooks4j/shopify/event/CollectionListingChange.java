package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code collection_listings/add}, {@code collection_listings/update} and {@code collection_listings/remove}
 * (sales-channel apps): the {@code collection_listing} that changed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CollectionListingChange(@Nullable CollectionListing collectionListing) {}
