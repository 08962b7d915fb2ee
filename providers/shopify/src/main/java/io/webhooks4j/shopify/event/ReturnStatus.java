package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a return stands: Shopify's {@code ReturnStatus} (shopify.dev admin-graphql 2026-07), sent in lower case
 * by webhooks (upper case is read too). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum ReturnStatus {
    @JsonProperty("requested")
    @JsonAlias("REQUESTED")
    REQUESTED,
    @JsonProperty("open")
    @JsonAlias("OPEN")
    OPEN,
    @JsonProperty("closed")
    @JsonAlias("CLOSED")
    CLOSED,
    @JsonProperty("declined")
    @JsonAlias("DECLINED")
    DECLINED,
    @JsonProperty("canceled")
    @JsonAlias("CANCELED")
    CANCELED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
