package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a fulfillment order's request to a fulfillment service stands: Shopify's
 * {@code FulfillmentOrderRequestStatus} (shopify.dev admin-graphql 2026-07), sent in lower case by webhooks (upper
 * case is read too). The sample payload of {@code fulfillment_orders/cancellation_request_submitted} spells
 * {@link #CANCELLATION_REQUESTED} {@code cancellation_request}; both spellings are read. Values Shopify adds later
 * read as {@link #UNKNOWN}.
 */
public enum FulfillmentOrderRequestStatus {
    @JsonProperty("unsubmitted")
    @JsonAlias("UNSUBMITTED")
    UNSUBMITTED,
    @JsonProperty("submitted")
    @JsonAlias("SUBMITTED")
    SUBMITTED,
    @JsonProperty("accepted")
    @JsonAlias("ACCEPTED")
    ACCEPTED,
    @JsonProperty("rejected")
    @JsonAlias("REJECTED")
    REJECTED,
    @JsonProperty("cancellation_requested")
    @JsonAlias({"CANCELLATION_REQUESTED", "cancellation_request"})
    CANCELLATION_REQUESTED,
    @JsonProperty("cancellation_accepted")
    @JsonAlias("CANCELLATION_ACCEPTED")
    CANCELLATION_ACCEPTED,
    @JsonProperty("cancellation_rejected")
    @JsonAlias("CANCELLATION_REJECTED")
    CANCELLATION_REJECTED,
    @JsonProperty("closed")
    @JsonAlias("CLOSED")
    CLOSED,
    /** A value this version does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
