package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order's payment state ({@code financial_status}): the values of Shopify's
 * {@code OrderDisplayFinancialStatus} (shopify.dev admin-graphql 2026-07), in the webhook's lower case. Values
 * Shopify adds later read as {@link #UNKNOWN}.
 */
public enum FinancialStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("authorized")
    AUTHORIZED,
    @JsonProperty("partially_paid")
    PARTIALLY_PAID,
    @JsonProperty("paid")
    PAID,
    @JsonProperty("partially_refunded")
    PARTIALLY_REFUNDED,
    @JsonProperty("refunded")
    REFUNDED,
    @JsonProperty("voided")
    VOIDED,
    @JsonProperty("expired")
    EXPIRED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
