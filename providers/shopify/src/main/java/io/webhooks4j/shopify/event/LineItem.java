package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One line of an order, a fulfillment or a refund. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItem(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long productId,
        @Nullable Long variantId,
        @Nullable String title,
        @Nullable String variantTitle,
        @Nullable String name,
        @Nullable String sku,
        @Nullable String vendor,
        @Nullable Integer quantity,
        @Nullable Integer currentQuantity,
        @Nullable Integer fulfillableQuantity,
        @Amount @Nullable BigDecimal price,
        @Nullable MoneySet priceSet,
        @Amount @Nullable BigDecimal totalDiscount,
        @Nullable MoneySet totalDiscountSet,
        @Nullable Integer grams,
        @Nullable Boolean requiresShipping,
        @Nullable Boolean taxable,
        @Nullable Boolean giftCard,
        @Nullable Boolean productExists,
        @Nullable String fulfillmentService,
        @Nullable String fulfillmentStatus,
        @Nullable String variantInventoryManagement,
        @Nullable List<NoteAttribute> properties,
        @Nullable List<TaxLine> taxLines,
        @Nullable List<DiscountAllocation> discountAllocations) {}
