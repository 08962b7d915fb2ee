package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A draft order's shipping line.
 *
 * @param custom true for a custom rate (then {@link #handle()} is null), false for a carrier's rate
 * @param handle the carrier rate's handle
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftOrderShippingLine(
        @Nullable Boolean custom,
        @Nullable String handle,
        @Nullable String title,
        @Amount @Nullable BigDecimal price) {}
