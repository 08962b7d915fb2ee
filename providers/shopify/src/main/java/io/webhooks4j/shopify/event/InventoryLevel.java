package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The available quantity of one inventory item at one location ({@code inventory_levels/update},
 * {@code inventory_levels/connect}, {@code inventory_levels/disconnect}).
 *
 * @param available may be negative (oversold) or null (not tracked, or a disconnect)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryLevel(
        @Nullable Long inventoryItemId,
        @Nullable Long locationId,
        @Nullable Integer available,
        @Nullable Instant updatedAt,
        @Nullable String adminGraphqlApiId) {}
