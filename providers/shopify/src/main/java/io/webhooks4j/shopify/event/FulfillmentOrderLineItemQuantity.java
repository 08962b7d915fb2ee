package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A quantity of one fulfillment order line item: what was moved, split off or put on hold.
 *
 * @param id the global id ({@code gid://shopify/FulfillmentOrderLineItem/...})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderLineItemQuantity(
        @Nullable String id, @Nullable Integer quantity) {}
