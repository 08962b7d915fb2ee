package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A product variant.
 *
 * @param inventoryPolicy {@code deny} or {@code continue} (sell when out of stock)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Variant(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long productId,
        @Nullable String title,
        @Amount @Nullable BigDecimal price,
        @Amount @Nullable BigDecimal compareAtPrice,
        @Nullable String sku,
        @Nullable String barcode,
        @Nullable Integer position,
        @Nullable String inventoryPolicy,
        @Nullable Long inventoryItemId,
        @Nullable Integer inventoryQuantity,
        @Nullable Integer oldInventoryQuantity,
        @Nullable Long imageId,
        @Nullable String option1,
        @Nullable String option2,
        @Nullable String option3,
        @Nullable Boolean taxable,
        @Nullable Boolean requiresShipping,
        @Nullable BigDecimal weight,
        @Nullable String weightUnit,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
