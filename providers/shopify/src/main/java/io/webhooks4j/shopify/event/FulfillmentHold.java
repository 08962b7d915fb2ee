package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A hold on a fulfillment order ({@code fulfillment_holds/*}, {@code fulfillment_orders/placed_on_hold}).
 *
 * @param id the global id ({@code gid://shopify/FulfillmentHold/...})
 * @param reason {@code awaiting_payment}, {@code high_risk_of_fraud}, {@code incorrect_address},
 *     {@code inventory_out_of_stock}, {@code other}, ...
 * @param handle the identifier the app gave the hold
 * @param heldByRequestingApp whether the app receiving the webhook placed the hold
 * @param heldByApp the app that placed the hold
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentHold(
        @Nullable String id,
        @Nullable String reason,
        @Nullable String reasonNotes,
        @Nullable String handle,
        @Nullable Boolean heldByRequestingApp,
        @Nullable GlobalId heldByApp) {}
