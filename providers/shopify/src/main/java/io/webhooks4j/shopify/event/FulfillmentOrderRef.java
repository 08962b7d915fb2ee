package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A fulfillment order as the {@code fulfillment_orders/*} and {@code fulfillment_holds/*} topics describe it: its
 * global id and whichever of its state the topic is about (the sample payloads of
 * https://shopify.dev/docs/api/webhooks/2026-07). Fetch the full fulfillment order through the Admin API by
 * {@link #id()} when more is needed.
 *
 * @param id the global id ({@code gid://shopify/FulfillmentOrder/...}), not a numeric REST id
 * @param assignedLocationId the global id of the location it is assigned to ({@code fulfillment_orders/moved})
 * @param fulfillAt when a scheduled fulfillment order becomes ready ({@code fulfillment_orders/rescheduled})
 * @param preparable whether its line items can be prepared ({@code fulfillment_orders/line_items_prepared_*})
 * @param deliveryMethod how it is delivered ({@code fulfillment_orders/line_items_prepared_*})
 * @param fulfillmentHolds the holds on it ({@code fulfillment_orders/placed_on_hold})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderRef(
        @Nullable String id,
        @Nullable FulfillmentOrderStatus status,
        @Nullable FulfillmentOrderRequestStatus requestStatus,
        @Nullable String assignedLocationId,
        @Nullable Instant fulfillAt,
        @Nullable Boolean preparable,
        @Nullable DeliveryMethod deliveryMethod,
        @Nullable List<FulfillmentHold> fulfillmentHolds) {

    /**
     * How a fulfillment order is delivered.
     *
     * @param methodType {@code local}, {@code pickup}, {@code shipping}, {@code retail}, {@code none}, ...
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryMethod(@Nullable String methodType) {}
}
