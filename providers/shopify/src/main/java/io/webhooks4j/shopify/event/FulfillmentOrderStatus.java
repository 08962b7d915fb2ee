package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a fulfillment order stands: Shopify's {@code FulfillmentOrderStatus} (shopify.dev admin-graphql 2026-07),
 * sent in lower case by webhooks (upper case is read too). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum FulfillmentOrderStatus {
    @JsonProperty("open")
    @JsonAlias("OPEN")
    OPEN,
    @JsonProperty("in_progress")
    @JsonAlias("IN_PROGRESS")
    IN_PROGRESS,
    @JsonProperty("scheduled")
    @JsonAlias("SCHEDULED")
    SCHEDULED,
    @JsonProperty("on_hold")
    @JsonAlias("ON_HOLD")
    ON_HOLD,
    @JsonProperty("incomplete")
    @JsonAlias("INCOMPLETE")
    INCOMPLETE,
    @JsonProperty("cancelled")
    @JsonAlias("CANCELLED")
    CANCELLED,
    @JsonProperty("closed")
    @JsonAlias("CLOSED")
    CLOSED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
