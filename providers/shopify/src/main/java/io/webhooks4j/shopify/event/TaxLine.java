package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One tax applied to an order, line item or shipping line.
 *
 * @param rate the rate as a fraction ({@code 0.06} for 6 %)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxLine(
        @Nullable String title,
        @Amount @Nullable BigDecimal price,
        @Nullable MoneySet priceSet,
        @Nullable BigDecimal rate,
        @Nullable Boolean channelLiable) {}
