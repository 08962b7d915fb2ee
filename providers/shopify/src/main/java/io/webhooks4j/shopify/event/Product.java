package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

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
        Long id,
        String adminGraphqlApiId,
        String title,
        String bodyHtml,
        String vendor,
        String productType,
        String handle,
        ProductStatus status,
        String tags,
        String publishedScope,
        String templateSuffix,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        List<Variant> variants,
        List<ProductOption> options,
        List<Image> images,
        Image image,
        List<VariantGid> variantGids) {}
