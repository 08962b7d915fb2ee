package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;

/** One line of an order, a fulfillment or a refund. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItem(
        Long id,
        String adminGraphqlApiId,
        Long productId,
        Long variantId,
        String title,
        String variantTitle,
        String name,
        String sku,
        String vendor,
        Integer quantity,
        Integer currentQuantity,
        Integer fulfillableQuantity,
        @Amount BigDecimal price,
        MoneySet priceSet,
        @Amount BigDecimal totalDiscount,
        MoneySet totalDiscountSet,
        Integer grams,
        Boolean requiresShipping,
        Boolean taxable,
        Boolean giftCard,
        Boolean productExists,
        String fulfillmentService,
        String fulfillmentStatus,
        String variantInventoryManagement,
        List<NoteAttribute> properties,
        List<TaxLine> taxLines,
        List<DiscountAllocation> discountAllocations) {}
