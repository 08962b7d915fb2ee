package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An inventory item: the stock-keeping side of a variant ({@code inventory_items/create}, {@code /update}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryItem(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String sku,
        @Amount @Nullable BigDecimal cost,
        @Nullable Boolean tracked,
        @Nullable Boolean requiresShipping,
        @Nullable String countryCodeOfOrigin,
        @Nullable String provinceCodeOfOrigin,
        @Nullable String harmonizedSystemCode,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
