package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;

/** One line of a checkout. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutLineItem(
        String key,
        Long productId,
        Long variantId,
        String title,
        String variantTitle,
        String presentmentTitle,
        String sku,
        String vendor,
        Integer quantity,
        @Amount BigDecimal price,
        @Amount BigDecimal linePrice,
        @Amount BigDecimal compareAtPrice,
        Integer grams,
        Boolean requiresShipping,
        Boolean taxable,
        Boolean giftCard,
        String fulfillmentService,
        List<TaxLine> taxLines) {}
