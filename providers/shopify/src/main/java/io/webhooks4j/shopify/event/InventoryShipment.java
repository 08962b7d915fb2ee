package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A change to an inventory shipment (stock moving between locations): the payload of every
 * {@code inventory_shipments/*} topic. Each topic sends the shipment's global id, when the change happened and
 * what changed, as its sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07): {@code create} the
 * status, tracking and line items; {@code mark_in_transit} the status; {@code add_items}, {@code remove_items},
 * {@code update_item_quantities} and {@code receive_items} their item list; {@code update_tracking} the new
 * tracking; {@code delete} nothing more. Lists a topic does not send are empty.
 *
 * @param id the shipment's global id ({@code gid://shopify/InventoryShipment/...}); {@code update_tracking} sends
 *     it as {@code shipment_id}
 * @param status where the shipment stands ({@code create}, {@code mark_in_transit}, {@code receive_items})
 * @param happenedAt when the change happened
 * @param tracking its tracking ({@code create}); {@code update_tracking}'s {@code updated_tracking}
 * @param lineItems its line items and quantities ({@code create})
 * @param itemsAdded the line items added ({@code add_items})
 * @param itemsRemoved the line items removed, by id ({@code remove_items})
 * @param itemsUpdated the line items whose quantity changed ({@code update_item_quantities})
 * @param itemsReceived the line items received ({@code receive_items})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryShipment(
        @JsonAlias("shipment_id") @Nullable String id,
        @Nullable InventoryShipmentStatus status,
        @Nullable Instant happenedAt,
        @JsonAlias("updated_tracking") @Nullable Tracking tracking,
        List<InventoryLineItemChange> lineItems,
        List<InventoryLineItemChange> itemsAdded,
        List<InventoryLineItemChange> itemsRemoved,
        List<InventoryLineItemChange> itemsUpdated,
        List<ReceivedItem> itemsReceived) {

    public InventoryShipment {
        lineItems = RecordCopies.viewOrEmpty(lineItems);
        itemsAdded = RecordCopies.viewOrEmpty(itemsAdded);
        itemsRemoved = RecordCopies.viewOrEmpty(itemsRemoved);
        itemsUpdated = RecordCopies.viewOrEmpty(itemsUpdated);
        itemsReceived = RecordCopies.viewOrEmpty(itemsReceived);
    }

    /**
     * How an inventory shipment is tracked.
     *
     * @param company the carrier, such as {@code Purolator}
     * @param arrivesAt when it is expected to arrive
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tracking(
            @Nullable String trackingNumber,
            @Nullable String trackingUrl,
            @Nullable String company,
            @Nullable Instant arrivesAt) {}

    /**
     * A line item received ({@code inventory_shipments/receive_items}): its accepted and rejected quantities before
     * and after, and what remains to be received.
     *
     * @param id the line item's global id ({@code gid://shopify/InventoryShipmentLineItem/...})
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReceivedItem(
            @Nullable String id,
            @Nullable Integer oldAcceptedQuantity,
            @Nullable Integer oldRejectedQuantity,
            @Nullable Integer newAcceptedQuantity,
            @Nullable Integer newRejectedQuantity,
            @Nullable Integer remainingQuantityToReceive) {}
}
