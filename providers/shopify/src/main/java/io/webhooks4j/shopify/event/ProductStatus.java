package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A product's status, as Shopify's {@code ProductStatus} documents it (shopify.dev admin-graphql 2026-07
 * {@code enums/ProductStatus}). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum ProductStatus {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("archived")
    ARCHIVED,
    @JsonProperty("draft")
    DRAFT,
    /** Active, but only reachable by a direct link (API versions 2025-10 and later; older ones say active). */
    @JsonProperty("unlisted")
    UNLISTED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
