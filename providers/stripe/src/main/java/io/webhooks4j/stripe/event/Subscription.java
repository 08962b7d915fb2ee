package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;

/**
 * A Subscription ({@code "object": "subscription"}), the payload of {@code customer.subscription.*} events.
 * {@code currentPeriodStart}/{@code currentPeriodEnd} are sent by API versions before 2025-03-31; later ones
 * send them on each item.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subscription(
        String id,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        Status status,
        StripeList<SubscriptionItem> items,
        String currency,
        String description,
        @JsonProperty("collection_method") String collectionMethod,
        @JsonProperty("cancel_at_period_end") Boolean cancelAtPeriodEnd,
        @JsonProperty("cancel_at") Instant cancelAt,
        @JsonProperty("canceled_at") Instant canceledAt,
        @JsonProperty("cancellation_details") CancellationDetails cancellationDetails,
        @JsonProperty("ended_at") Instant endedAt,
        @JsonProperty("start_date") Instant startDate,
        @JsonProperty("billing_cycle_anchor") Instant billingCycleAnchor,
        @JsonProperty("current_period_start") Instant currentPeriodStart,
        @JsonProperty("current_period_end") Instant currentPeriodEnd,
        @JsonProperty("trial_start") Instant trialStart,
        @JsonProperty("trial_end") Instant trialEnd,

        @JsonProperty("latest_invoice") @JsonDeserialize(using = StripeIdDeserializer.class)
        String latestInvoice,

        @JsonProperty("default_payment_method") @JsonDeserialize(using = StripeIdDeserializer.class)
        String defaultPaymentMethod,

        @JsonDeserialize(using = StripeIdDeserializer.class) String schedule,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public Subscription {
        metadata = Copies.metadata(metadata);
    }

    /** The status of a subscription. */
    public enum Status {
        @JsonProperty("incomplete")
        INCOMPLETE,
        @JsonProperty("incomplete_expired")
        INCOMPLETE_EXPIRED,
        @JsonProperty("trialing")
        TRIALING,
        @JsonProperty("active")
        ACTIVE,
        @JsonProperty("past_due")
        PAST_DUE,
        @JsonProperty("canceled")
        CANCELED,
        @JsonProperty("unpaid")
        UNPAID,
        @JsonProperty("paused")
        PAUSED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** Why a subscription was canceled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CancellationDetails(String comment, String feedback, String reason) {}
}
