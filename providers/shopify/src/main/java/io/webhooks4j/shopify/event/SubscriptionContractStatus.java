package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a subscription contract stands: Shopify's {@code SubscriptionContractSubscriptionStatus} (shopify.dev
 * admin-graphql 2026-07), sent in lower case by webhooks (upper case is read too). Values Shopify adds later read
 * as {@link #UNKNOWN}.
 */
public enum SubscriptionContractStatus {
    @JsonProperty("active")
    @JsonAlias("ACTIVE")
    ACTIVE,
    @JsonProperty("paused")
    @JsonAlias("PAUSED")
    PAUSED,
    @JsonProperty("cancelled")
    @JsonAlias("CANCELLED")
    CANCELLED,
    @JsonProperty("expired")
    @JsonAlias("EXPIRED")
    EXPIRED,
    @JsonProperty("failed")
    @JsonAlias("FAILED")
    FAILED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
