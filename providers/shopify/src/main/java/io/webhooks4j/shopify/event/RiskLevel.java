package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How risky an order is: Shopify's {@code RiskAssessmentResult} (shopify.dev admin-graphql 2026-07), sent in lower
 * case by webhooks (upper case is read too). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum RiskLevel {
    @JsonProperty("high")
    @JsonAlias("HIGH")
    HIGH,
    @JsonProperty("medium")
    @JsonAlias("MEDIUM")
    MEDIUM,
    @JsonProperty("low")
    @JsonAlias("LOW")
    LOW,
    @JsonProperty("none")
    @JsonAlias("NONE")
    NONE,
    /** The assessment is not done yet. */
    @JsonProperty("pending")
    @JsonAlias("PENDING")
    PENDING,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
