package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The type of an order's payment terms: Shopify's {@code PaymentTermsType} (shopify.dev admin-graphql 2026-07),
 * which webhooks send in upper case ({@code "NET"}); lower case is read too. Values Shopify adds later, and its
 * own {@code UNKNOWN}, read as {@link #UNKNOWN}.
 */
public enum PaymentTermsType {
    /** Due on receipt. */
    @JsonProperty("RECEIPT")
    @JsonAlias("receipt")
    RECEIPT,
    /** Due a number of days after issue. */
    @JsonProperty("NET")
    @JsonAlias("net")
    NET,
    /** Due on a set date. */
    @JsonProperty("FIXED")
    @JsonAlias("fixed")
    FIXED,
    /** Due on fulfillment. */
    @JsonProperty("FULFILLMENT")
    @JsonAlias("fulfillment")
    FULFILLMENT,
    /** A type this version does not know, or Shopify's own {@code UNKNOWN}. */
    @JsonEnumDefaultValue
    UNKNOWN
}
