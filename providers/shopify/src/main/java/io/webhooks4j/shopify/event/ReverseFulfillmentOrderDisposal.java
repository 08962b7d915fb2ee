package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Returned items were disposed of (restocked, ...): the payload of {@code reverse_fulfillment_orders/dispose}, as
 * its sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param id the reverse fulfillment order's id
 * @param adminGraphqlApiId its global id ({@code gid://shopify/ReverseFulfillmentOrder/...})
 * @param dispositions what was done with which items (empty when none are sent)
 * @param totalDispositions how many dispositions there are
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReverseFulfillmentOrderDisposal(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        List<Disposition> dispositions,
        @Nullable Integer totalDispositions) {

    public ReverseFulfillmentOrderDisposal {
        dispositions = RecordCopies.viewOrEmpty(dispositions);
    }

    /**
     * What was done with a quantity of one returned line item.
     *
     * @param reverseFulfillmentOrderLineItem the reverse fulfillment order's line item
     * @param reverseDeliveryLineItem the reverse delivery's line item; null when it was not shipped back
     * @param type what was done
     * @param location where it was done (the location restocked)
     * @param quantity how many items
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Disposition(
            @Nullable ResourceId reverseFulfillmentOrderLineItem,
            @Nullable ResourceId reverseDeliveryLineItem,
            @Nullable ReverseDispositionType type,
            @Nullable ResourceId location,
            @Nullable Integer quantity) {}
}
