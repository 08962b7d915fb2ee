package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A collection or product published to a publication (a sales channel's catalogue): the payload of
 * {@code collection_publications/create}, {@code /update}, {@code product_publications/create} and {@code /update},
 * as their sample payloads show (https://shopify.dev/docs/api/webhooks/2026-07). The {@code .../delete} topics send
 * only {@code {"id": null}} and carry {@link DeletedResource}.
 *
 * @param id the resource publication's own id (null in the sample payloads)
 * @param publicationId the publication's id
 * @param publishedAt when the resource is, or is to be, published
 * @param published whether it is published
 * @param collectionId the collection's id ({@code collection_publications/*})
 * @param productId the product's id ({@code product_publications/*})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourcePublication(
        @Nullable Long id,
        @Nullable Long publicationId,
        @Nullable Instant publishedAt,
        @Nullable Boolean published,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Long collectionId,
        @Nullable Long productId) {}
