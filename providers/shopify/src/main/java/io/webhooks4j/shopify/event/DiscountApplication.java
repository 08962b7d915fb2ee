package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A discount applied to an order; line items point at it by index from their {@link DiscountAllocation}s.
 *
 * @param type {@code discount_code}, {@code manual}, {@code script} or {@code automatic}
 * @param value the value (an amount or a percentage, see {@code valueType})
 * @param valueType {@code fixed_amount} or {@code percentage}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiscountApplication(
        @Nullable String type,
        @Nullable String code,
        @Nullable String title,
        @Nullable String description,
        @Nullable BigDecimal value,
        @Nullable String valueType,
        @Nullable String allocationMethod,
        @Nullable String targetSelection,
        @Nullable String targetType) {}
