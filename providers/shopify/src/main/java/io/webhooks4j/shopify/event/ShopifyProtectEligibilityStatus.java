package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether an order is eligible for Shopify Protect: Shopify's {@code ShopifyProtectEligibilityStatus} (shopify.dev
 * admin-graphql 2026-07), sent in lower case by webhooks (upper case is read too). Values Shopify adds later read
 * as {@link #UNKNOWN}.
 */
public enum ShopifyProtectEligibilityStatus {
    @JsonProperty("eligible")
    @JsonAlias("ELIGIBLE")
    ELIGIBLE,
    @JsonProperty("not_eligible")
    @JsonAlias("NOT_ELIGIBLE")
    NOT_ELIGIBLE,
    @JsonProperty("pending")
    @JsonAlias("PENDING")
    PENDING,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
