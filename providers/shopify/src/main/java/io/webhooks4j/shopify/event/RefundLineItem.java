package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One refunded line.
 *
 * @param restockType {@code no_restock}, {@code cancel}, {@code return} or {@code legacy_restock}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefundLineItem(
        @Nullable Long id,
        @Nullable Long lineItemId,
        @Nullable Integer quantity,
        @Nullable Long locationId,
        @Nullable String restockType,
        @Amount @Nullable BigDecimal subtotal,
        @Nullable MoneySet subtotalSet,
        @Amount @Nullable BigDecimal totalTax,
        @Nullable MoneySet totalTaxSet,
        @Nullable LineItem lineItem) {}
