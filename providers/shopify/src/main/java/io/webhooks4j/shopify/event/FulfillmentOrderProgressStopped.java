package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code fulfillment_orders/manually_reported_progress_stopped}: manually reported progress on a
 * fulfillment order was stopped, as the topic's sample payload shows it
 * (https://shopify.dev/docs/api/webhooks/2026-07). Ids are global ids.
 *
 * @param fulfillmentOrder the fulfillment order, with its status now
 * @param progressStoppedByApp the app that stopped the progress, by global id ({@code gid://shopify/App/...})
 * @param progressStoppedByUser the staff member who stopped it, by global id ({@code gid://shopify/StaffMember/...})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderProgressStopped(
        @Nullable FulfillmentOrderRef fulfillmentOrder,
        @Nullable GlobalId progressStoppedByApp,
        @Nullable GlobalId progressStoppedByUser) {}
