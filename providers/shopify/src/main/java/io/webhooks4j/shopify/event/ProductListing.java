package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A product as published to a sales channel: the {@code product_listing} of {@code product_listings/*} and the
 * {@code scheduled_product_listing} of {@code scheduled_product_listings/*}. Field names from the topics' sample
 * payloads (https://shopify.dev/docs/api/webhooks, 2025-01) and the REST ProductListing resource; a
 * {@code remove} sends only {@code product_id}.
 *
 * @param publishedAt when the listing was published ({@code product_listings/*}), or null
 * @param publishAt when a scheduled listing will be published ({@code scheduled_product_listings/*}), or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductListing(
        @Nullable Long productId,
        @Nullable String title,
        @Nullable String bodyHtml,
        @Nullable String handle,
        @Nullable String productType,
        @Nullable String vendor,
        @Nullable String tags,
        @Nullable Boolean available,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant publishAt,
        @Nullable List<ProductListingVariant> variants,
        @Nullable List<ProductOption> options,
        @Nullable List<Image> images) {}
