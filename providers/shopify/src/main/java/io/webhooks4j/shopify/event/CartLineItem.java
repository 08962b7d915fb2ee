package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One line of a cart.
 *
 * @param properties the line's custom properties, as sent (an object)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartLineItem(
        @Nullable Long id,
        @Nullable String key,
        @Nullable Long productId,
        @Nullable Long variantId,
        @Nullable String title,
        @Nullable String sku,
        @Nullable String vendor,
        @Nullable Integer quantity,
        @Amount @Nullable BigDecimal price,
        @Amount @Nullable BigDecimal linePrice,
        @Amount @Nullable BigDecimal originalPrice,
        @Amount @Nullable BigDecimal originalLinePrice,
        @Amount @Nullable BigDecimal discountedPrice,
        @Amount @Nullable BigDecimal totalDiscount,
        @Nullable Integer grams,
        @Nullable Boolean taxable,
        @Nullable Boolean giftCard,
        @Nullable JsonNode properties) {}
