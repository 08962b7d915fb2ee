package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code orders/edited}: the order edit that was committed, wrapped in {@code order_edit} as the
 * topic's sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07). Fetch the order by
 * {@link OrderEdit#orderId()} for its state after the edit.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderEditChange(@Nullable OrderEdit orderEdit) {

    /**
     * An edit of an order. The sample payload also sends {@code discounts.line_item} and {@code shipping_lines}
     * with empty {@code additions} and {@code removals}, so their entries are undocumented and not modelled (read
     * them through {@code raw()}).
     *
     * @param id the edit's id
     * @param appId the id of the app that made the edit; null when it was made in the admin
     * @param committedAt when the edit was committed
     * @param notifyCustomer whether the customer was notified
     * @param orderId the edited order's id
     * @param staffNote the staff's note on the edit
     * @param userId the id of the staff member who made the edit
     * @param lineItems the line items added and removed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderEdit(
            @Nullable Long id,
            @Nullable Long appId,
            @Nullable Instant createdAt,
            @Nullable Instant committedAt,
            @Nullable Boolean notifyCustomer,
            @Nullable Long orderId,
            @Nullable String staffNote,
            @Nullable Long userId,
            @Nullable LineItemChanges lineItems) {}

    /**
     * The line items an edit added and removed (empty when none).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LineItemChanges(List<LineItemDelta> additions, List<LineItemDelta> removals) {

        public LineItemChanges {
            additions = RecordCopies.viewOrEmpty(additions);
            removals = RecordCopies.viewOrEmpty(removals);
        }
    }

    /**
     * A quantity of one line item added or removed by an edit.
     *
     * @param id the line item's id
     * @param delta how many were added, or removed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LineItemDelta(@Nullable Long id, @Nullable Integer delta) {}
}
