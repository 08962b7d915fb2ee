package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

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
        String type,
        String code,
        String title,
        String description,
        BigDecimal value,
        String valueType,
        String allocationMethod,
        String targetSelection,
        String targetType) {}
