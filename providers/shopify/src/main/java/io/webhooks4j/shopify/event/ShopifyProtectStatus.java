package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an order's Shopify Protect protection stands: Shopify's {@code ShopifyProtectStatus} (shopify.dev
 * admin-graphql 2026-07), sent in lower case by webhooks (upper case is read too). Values Shopify adds later read
 * as {@link #UNKNOWN}.
 */
public enum ShopifyProtectStatus {
    @JsonProperty("active")
    @JsonAlias("ACTIVE")
    ACTIVE,
    @JsonProperty("inactive")
    @JsonAlias("INACTIVE")
    INACTIVE,
    @JsonProperty("not_protected")
    @JsonAlias("NOT_PROTECTED")
    NOT_PROTECTED,
    @JsonProperty("pending")
    @JsonAlias("PENDING")
    PENDING,
    @JsonProperty("protected")
    @JsonAlias("PROTECTED")
    PROTECTED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
