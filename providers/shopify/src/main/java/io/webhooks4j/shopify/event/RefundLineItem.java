package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;

/**
 * One refunded line.
 *
 * @param restockType {@code no_restock}, {@code cancel}, {@code return} or {@code legacy_restock}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefundLineItem(
        Long id,
        Long lineItemId,
        Integer quantity,
        Long locationId,
        String restockType,
        @Amount BigDecimal subtotal,
        MoneySet subtotalSet,
        @Amount BigDecimal totalTax,
        MoneySet totalTaxSet,
        LineItem lineItem) {}
