package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One line of a draft order: a product variant, or a custom item ({@link #custom()}, no variant).
 *
 * @param price the unit price, before {@link #appliedDiscount()}
 * @param appliedDiscount the discount on this line, if any
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftOrderLineItem(
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
        @Amount @Nullable BigDecimal price,
        @Nullable Integer grams,
        @Nullable Boolean custom,
        @Nullable Boolean requiresShipping,
        @Nullable Boolean taxable,
        @Nullable Boolean giftCard,
        @Nullable String fulfillmentService,
        @Nullable AppliedDiscount appliedDiscount,
        @Nullable List<TaxLine> taxLines,
        @Nullable List<NoteAttribute> properties) {}
