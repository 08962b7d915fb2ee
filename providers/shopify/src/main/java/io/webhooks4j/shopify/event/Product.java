package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A product ({@code products/create}, {@code products/update}). Shopify sends full details for the first 100
 * variants only; {@link #variantGids()} lists every variant, most recently updated first.
 *
 * @param tags comma-separated, as Shopify sends them
 * @param publishedScope {@code web} or {@code global}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Product(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String title,
        @Nullable String bodyHtml,
        @Nullable String vendor,
        @Nullable String productType,
        @Nullable String handle,
        @Nullable ProductStatus status,
        @Nullable String tags,
        @Nullable String publishedScope,
        @Nullable String templateSuffix,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable List<Variant> variants,
        @Nullable List<ProductOption> options,
        @Nullable List<Image> images,
        @Nullable Image image,
        @Nullable List<VariantGid> variantGids) {}
