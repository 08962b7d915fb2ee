package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A change to a fulfillment order: the payload of the {@code fulfillment_orders/*} topics but
 * {@code fulfillment_orders/moved} ({@link FulfillmentOrderMoved}), {@code fulfillment_orders/progress_reported}
 * ({@link FulfillmentOrderProgressReported}), {@code fulfillment_orders/manually_reported_progress_stopped}
 * ({@link FulfillmentOrderProgressStopped}) and {@code fulfillment_orders/merged}. Each
 * topic fills the fields its sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07); the others are
 * null:
 *
 * <ul>
 *   <li>{@link #fulfillmentOrder()}: every topic here but {@code fulfillment_request_submitted}
 *   <li>{@link #message()}: {@code cancellation_request_accepted}, {@code cancellation_request_rejected},
 *       {@code fulfillment_request_accepted}, {@code fulfillment_request_rejected},
 *       {@code fulfillment_service_failed_to_complete}
 *   <li>{@link #fulfillmentOrderMerchantRequest()}: {@code cancellation_request_submitted},
 *       {@code fulfillment_request_submitted}
 *   <li>{@link #originalFulfillmentOrder()}, {@link #submittedFulfillmentOrder()}:
 *       {@code fulfillment_request_submitted}
 *   <li>{@link #replacementFulfillmentOrder()}: {@code cancelled}, {@code split}
 *   <li>{@link #remainingFulfillmentOrder()}: {@code placed_on_hold}, {@code split}
 *   <li>{@link #heldFulfillmentOrderLineItems()}, {@link #createdFulfillmentHold()}: {@code placed_on_hold}
 *   <li>{@link #splitLineItems()}: {@code split}
 * </ul>
 *
 * <p>Fulfillment orders are referred to by global id ({@code gid://shopify/FulfillmentOrder/1}), not numeric id.
 *
 * @param message the fulfillment service's message to the merchant
 * @param fulfillmentOrderMerchantRequest the merchant's request to the fulfillment service
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderChange(
        @Nullable FulfillmentOrderRef fulfillmentOrder,
        @Nullable String message,
        @Nullable MerchantRequest fulfillmentOrderMerchantRequest,
        @Nullable FulfillmentOrderRef originalFulfillmentOrder,
        @Nullable FulfillmentOrderRef submittedFulfillmentOrder,
        @Nullable FulfillmentOrderRef replacementFulfillmentOrder,
        @Nullable FulfillmentOrderRef remainingFulfillmentOrder,
        @Nullable List<FulfillmentOrderLineItemQuantity> heldFulfillmentOrderLineItems,
        @Nullable FulfillmentHold createdFulfillmentHold,
        @Nullable List<FulfillmentOrderLineItemQuantity> splitLineItems) {

    /**
     * A merchant's request to a fulfillment service (to fulfil, or to cancel).
     *
     * @param id the global id ({@code gid://shopify/FulfillmentOrderMerchantRequest/...})
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MerchantRequest(
            @Nullable String id, @Nullable String message) {}
}
