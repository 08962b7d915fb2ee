package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;

/** An inventory item: the stock-keeping side of a variant ({@code inventory_items/create}, {@code /update}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryItem(
        Long id,
        String adminGraphqlApiId,
        String sku,
        @Amount BigDecimal cost,
        Boolean tracked,
        Boolean requiresShipping,
        String countryCodeOfOrigin,
        String provinceCodeOfOrigin,
        String harmonizedSystemCode,
        Instant createdAt,
        Instant updatedAt) {}
