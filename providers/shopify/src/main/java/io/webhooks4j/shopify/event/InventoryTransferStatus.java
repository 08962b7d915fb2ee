package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Where an inventory transfer stands: Shopify's {@code InventoryTransferStatus} (shopify.dev admin-graphql
 * 2026-07), sent in upper case as in GraphQL. Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum InventoryTransferStatus {
    DRAFT,
    READY_TO_SHIP,
    IN_PROGRESS,
    TRANSFERRED,
    CANCELED,
    OTHER,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
