package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;

/** A shipping method and its price on an order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShippingLine(
        Long id,
        String title,
        String code,
        String source,
        String carrierIdentifier,
        @Amount BigDecimal price,
        MoneySet priceSet,
        @Amount BigDecimal discountedPrice,
        MoneySet discountedPriceSet,
        Boolean isRemoved,
        List<TaxLine> taxLines,
        List<DiscountAllocation> discountAllocations) {}
