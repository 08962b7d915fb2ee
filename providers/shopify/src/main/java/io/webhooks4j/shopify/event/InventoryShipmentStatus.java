package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where an inventory shipment stands: Shopify's {@code InventoryShipmentStatus} (shopify.dev admin-graphql
 * 2026-07), sent in upper case as in GraphQL. Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum InventoryShipmentStatus {
    DRAFT,
    IN_TRANSIT,
    PARTIALLY_RECEIVED,
    RECEIVED,
    OTHER,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
