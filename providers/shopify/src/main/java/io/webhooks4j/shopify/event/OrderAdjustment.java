package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;

/**
 * An adjustment of a refund that is not a line item (shipping refund, refund discrepancy).
 *
 * @param kind {@code shipping_refund} or {@code refund_discrepancy}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderAdjustment(
        Long id,
        Long orderId,
        Long refundId,
        String kind,
        String reason,
        @Amount BigDecimal amount,
        MoneySet amountSet,
        @Amount BigDecimal taxAmount,
        MoneySet taxAmountSet) {}
