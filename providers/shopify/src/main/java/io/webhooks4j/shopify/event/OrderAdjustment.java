package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An adjustment of a refund that is not a line item (shipping refund, refund discrepancy).
 *
 * @param kind {@code shipping_refund} or {@code refund_discrepancy}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderAdjustment(
        @Nullable Long id,
        @Nullable Long orderId,
        @Nullable Long refundId,
        @Nullable String kind,
        @Nullable String reason,
        @Amount @Nullable BigDecimal amount,
        @Nullable MoneySet amountSet,
        @Amount @Nullable BigDecimal taxAmount,
        @Nullable MoneySet taxAmountSet) {}
