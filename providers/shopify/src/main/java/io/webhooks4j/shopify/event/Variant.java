package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product variant.
 *
 * @param inventoryPolicy {@code deny} or {@code continue} (sell when out of stock)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Variant(
        Long id,
        String adminGraphqlApiId,
        Long productId,
        String title,
        @Amount BigDecimal price,
        @Amount BigDecimal compareAtPrice,
        String sku,
        String barcode,
        Integer position,
        String inventoryPolicy,
        Long inventoryItemId,
        Integer inventoryQuantity,
        Integer oldInventoryQuantity,
        Long imageId,
        String option1,
        String option2,
        String option3,
        Boolean taxable,
        Boolean requiresShipping,
        BigDecimal weight,
        String weightUnit,
        Instant createdAt,
        Instant updatedAt) {}
