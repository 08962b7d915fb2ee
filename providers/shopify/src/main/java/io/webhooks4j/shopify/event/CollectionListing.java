package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A collection as published to a sales channel, the {@code collection_listing} of {@code collection_listings/*}
 * (field names from the topics' sample payloads, https://shopify.dev/docs/api/webhooks 2025-01, and the REST
 * CollectionListing resource); a {@code remove} sends only {@code collection_id}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CollectionListing(
        @Nullable Long collectionId,
        @Nullable String title,
        @Nullable String bodyHtml,
        @Nullable String handle,
        @Nullable String sortOrder,
        @Nullable Image image,
        @Nullable Image defaultProductImage,
        @Nullable Instant publishedAt,
        @Nullable Instant updatedAt) {}
