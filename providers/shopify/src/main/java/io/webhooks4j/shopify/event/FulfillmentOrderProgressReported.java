package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code fulfillment_orders/progress_reported}: progress was reported on a fulfillment order, as
 * the topic's sample payload shows it (https://shopify.dev/docs/api/webhooks/2026-07). Ids are global ids.
 *
 * @param fulfillmentOrder the fulfillment order, with its status after the report
 * @param progressReport the report: its notes, and the app or staff member who made it
 * @param initialStatus the fulfillment order's status before the report
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderProgressReported(
        @Nullable FulfillmentOrderRef fulfillmentOrder,
        @Nullable ProgressReport progressReport,
        @Nullable FulfillmentOrderStatus initialStatus) {

    /**
     * A progress report on a fulfillment order.
     *
     * @param reasonNotes the reporter's notes
     * @param progressReportedByApp the app that reported, by global id ({@code gid://shopify/App/...})
     * @param progressReportedByUser the staff member who reported, by global id
     *     ({@code gid://shopify/StaffMember/...})
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProgressReport(
            @Nullable String reasonNotes,
            @Nullable GlobalId progressReportedByApp,
            @Nullable GlobalId progressReportedByUser) {}
}
