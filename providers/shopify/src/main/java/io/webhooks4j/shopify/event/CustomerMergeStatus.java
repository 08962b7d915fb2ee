package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a customer merge stands: Shopify's {@code CustomerMergeRequestStatus} (shopify.dev admin-graphql 2026-07),
 * sent in lower case by webhooks (upper case is read too). Values Shopify adds later read as {@link #UNKNOWN}.
 */
public enum CustomerMergeStatus {
    @JsonProperty("requested")
    @JsonAlias("REQUESTED")
    REQUESTED,
    @JsonProperty("in_progress")
    @JsonAlias("IN_PROGRESS")
    IN_PROGRESS,
    @JsonProperty("completed")
    @JsonAlias("COMPLETED")
    COMPLETED,
    @JsonProperty("failed")
    @JsonAlias("FAILED")
    FAILED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
