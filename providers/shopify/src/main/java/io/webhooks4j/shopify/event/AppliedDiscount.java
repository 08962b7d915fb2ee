package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A discount applied to a draft order or one of its lines ({@code applied_discount}).
 *
 * @param value the percentage or the fixed amount, per {@link #valueType()}
 * @param valueType {@code percentage} or {@code fixed_amount}
 * @param amount the discount's resulting amount
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppliedDiscount(
        @Nullable String title,
        @Nullable String description,
        @Amount @Nullable BigDecimal value,
        @Nullable String valueType,
        @Amount @Nullable BigDecimal amount) {}
