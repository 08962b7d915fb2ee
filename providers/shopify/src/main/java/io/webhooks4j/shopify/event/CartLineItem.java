package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;

/**
 * One line of a cart.
 *
 * @param properties the line's custom properties, as sent (an object)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartLineItem(
        Long id,
        String key,
        Long productId,
        Long variantId,
        String title,
        String sku,
        String vendor,
        Integer quantity,
        @Amount BigDecimal price,
        @Amount BigDecimal linePrice,
        @Amount BigDecimal originalPrice,
        @Amount BigDecimal originalLinePrice,
        @Amount BigDecimal discountedPrice,
        @Amount BigDecimal totalDiscount,
        Integer grams,
        Boolean taxable,
        Boolean giftCard,
        JsonNode properties) {}
