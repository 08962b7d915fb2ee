package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A shipping method and its price on an order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShippingLine(
        @Nullable Long id,
        @Nullable String title,
        @Nullable String code,
        @Nullable String source,
        @Nullable String carrierIdentifier,
        @Amount @Nullable BigDecimal price,
        @Nullable MoneySet priceSet,
        @Amount @Nullable BigDecimal discountedPrice,
        @Nullable MoneySet discountedPriceSet,
        @Nullable Boolean isRemoved,
        @Nullable List<TaxLine> taxLines,
        @Nullable List<DiscountAllocation> discountAllocations) {}
