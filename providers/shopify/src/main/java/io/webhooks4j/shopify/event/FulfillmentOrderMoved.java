package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code fulfillment_orders/moved}: (part of) a fulfillment order moved to another location, as
 * the topic's sample payload shows it (https://shopify.dev/docs/api/webhooks/2026-07). Ids are global ids.
 *
 * @param originalFulfillmentOrder the fulfillment order as it was, with its old location
 * @param movedFulfillmentOrder the fulfillment order now at the destination
 * @param destinationLocationId the global id of the location moved to
 * @param fulfillmentOrderLineItemsRequested the line items and quantities asked to move
 * @param sourceLocation the location moved from
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderMoved(
        @Nullable FulfillmentOrderRef originalFulfillmentOrder,
        @Nullable FulfillmentOrderRef movedFulfillmentOrder,
        @Nullable String destinationLocationId,
        @Nullable List<FulfillmentOrderLineItemQuantity> fulfillmentOrderLineItemsRequested,
        @Nullable GlobalId sourceLocation) {}
