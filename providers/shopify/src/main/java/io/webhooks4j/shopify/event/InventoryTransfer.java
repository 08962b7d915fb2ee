package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A change to an inventory transfer (a planned movement of stock from one location to another): the payload of
 * every {@code inventory_transfers/*} topic. Each topic sends the transfer's global id, when the change happened,
 * its origin and destination, and what changed, as its sample payload shows
 * (https://shopify.dev/docs/api/webhooks/2026-07): {@code cancel}, {@code complete}, {@code ready_to_ship} and
 * {@code update_item_quantities} the status; {@code ready_to_ship} the line items; {@code add_items},
 * {@code remove_items} and {@code update_item_quantities} their item list; {@code updated} sends nothing more than
 * the id, the time, the origin and the destination. Lists a topic does not send are empty.
 *
 * @param id the transfer's global id ({@code gid://shopify/InventoryTransfer/...})
 * @param happenedAt when the change happened
 * @param origin the location the stock leaves, by global id
 * @param destination the location the stock goes to, by global id
 * @param status where the transfer stands
 * @param lineItems its line items and quantities ({@code ready_to_ship})
 * @param itemsAdded the line items added ({@code add_items})
 * @param itemsRemoved the line items removed, by id ({@code remove_items})
 * @param itemsUpdated the line items whose quantity changed ({@code update_item_quantities})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryTransfer(
        @Nullable String id,
        @Nullable Instant happenedAt,
        @Nullable GlobalId origin,
        @Nullable GlobalId destination,
        @Nullable InventoryTransferStatus status,
        List<InventoryLineItemChange> lineItems,
        List<InventoryLineItemChange> itemsAdded,
        List<InventoryLineItemChange> itemsRemoved,
        List<InventoryLineItemChange> itemsUpdated) {

    public InventoryTransfer {
        lineItems = RecordCopies.viewOrEmpty(lineItems);
        itemsAdded = RecordCopies.viewOrEmpty(itemsAdded);
        itemsRemoved = RecordCopies.viewOrEmpty(itemsRemoved);
        itemsUpdated = RecordCopies.viewOrEmpty(itemsUpdated);
    }
}
