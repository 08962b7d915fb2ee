package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One line of a checkout. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutLineItem(
        @Nullable String key,
        @Nullable Long productId,
        @Nullable Long variantId,
        @Nullable String title,
        @Nullable String variantTitle,
        @Nullable String presentmentTitle,
        @Nullable String sku,
        @Nullable String vendor,
        @Nullable Integer quantity,
        @Amount @Nullable BigDecimal price,
        @Amount @Nullable BigDecimal linePrice,
        @Amount @Nullable BigDecimal compareAtPrice,
        @Nullable Integer grams,
        @Nullable Boolean requiresShipping,
        @Nullable Boolean taxable,
        @Nullable Boolean giftCard,
        @Nullable String fulfillmentService,
        @Nullable List<TaxLine> taxLines) {}
