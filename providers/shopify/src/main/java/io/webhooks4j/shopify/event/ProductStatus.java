package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A product's status. Values Shopify adds later read as {@link #UNKNOWN}. */
public enum ProductStatus {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("archived")
    ARCHIVED,
    @JsonProperty("draft")
    DRAFT,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
