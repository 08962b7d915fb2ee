package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One line item of an inventory shipment or transfer, as the {@code inventory_shipments/*} and
 * {@code inventory_transfers/*} topics list them (the sample payloads of
 * https://shopify.dev/docs/api/webhooks/2026-07): a line item and its quantity ({@code line_items},
 * {@code items_added}), a line item alone ({@code items_removed}), or its quantity before and after
 * ({@code items_updated}). Shipment topics name the line item {@code id}, transfer topics' item changes
 * {@code line_item_id}; both read as {@link #id()}.
 *
 * @param id the line item's global id ({@code gid://shopify/InventoryShipmentLineItem/...} or
 *     {@code gid://shopify/InventoryTransferLineItem/...})
 * @param quantity its quantity ({@code line_items}, {@code items_added})
 * @param oldQuantity its quantity before the change ({@code items_updated})
 * @param newQuantity its quantity after the change ({@code items_updated})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryLineItemChange(
        @JsonAlias("line_item_id") @Nullable String id,
        @Nullable Integer quantity,
        @Nullable Integer oldQuantity,
        @Nullable Integer newQuantity) {}
