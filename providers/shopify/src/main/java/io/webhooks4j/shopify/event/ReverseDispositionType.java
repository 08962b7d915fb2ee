package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What was done with returned items: Shopify's {@code ReverseFulfillmentOrderDispositionType} (shopify.dev
 * admin-graphql 2026-07), sent in lower case by webhooks (upper case is read too). Values Shopify adds later read
 * as {@link #UNKNOWN}.
 */
public enum ReverseDispositionType {
    @JsonProperty("restocked")
    @JsonAlias("RESTOCKED")
    RESTOCKED,
    @JsonProperty("processing_required")
    @JsonAlias("PROCESSING_REQUIRED")
    PROCESSING_REQUIRED,
    @JsonProperty("not_restocked")
    @JsonAlias("NOT_RESTOCKED")
    NOT_RESTOCKED,
    @JsonProperty("missing")
    @JsonAlias("MISSING")
    MISSING,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
