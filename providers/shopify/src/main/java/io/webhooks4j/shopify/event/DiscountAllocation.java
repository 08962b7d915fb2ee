package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The part of a discount that fell on one line item or shipping line.
 *
 * @param discountApplicationIndex index into the order's {@code discount_applications}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiscountAllocation(
        @Amount @Nullable BigDecimal amount,
        @Nullable MoneySet amountSet,
        @Nullable Integer discountApplicationIndex) {}
