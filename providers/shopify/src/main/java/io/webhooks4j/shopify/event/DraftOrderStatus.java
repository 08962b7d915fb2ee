package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a draft order stands: Shopify's {@code DraftOrderStatus} (shopify.dev admin-graphql 2026-07), sent in
 * lower case by webhooks (upper case is read too). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum DraftOrderStatus {
    @JsonProperty("open")
    @JsonAlias("OPEN")
    OPEN,
    @JsonProperty("invoice_sent")
    @JsonAlias("INVOICE_SENT")
    INVOICE_SENT,
    @JsonProperty("completed")
    @JsonAlias("COMPLETED")
    COMPLETED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
