package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Subscription ({@code "object": "subscription"}), the payload of {@code customer.subscription.*} events.
 * {@code currentPeriodStart}/{@code currentPeriodEnd} are sent by API versions before 2025-03-31; later ones
 * send them on each item.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Subscription(
        @Nullable String id,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @Nullable Status status,
        @Nullable StripeList<SubscriptionItem> items,
        @Nullable String currency,
        @Nullable String description,
        @JsonProperty("collection_method") @Nullable String collectionMethod,
        @JsonProperty("cancel_at_period_end") @Nullable Boolean cancelAtPeriodEnd,
        @JsonProperty("cancel_at") @Nullable Instant cancelAt,
        @JsonProperty("canceled_at") @Nullable Instant canceledAt,
        @JsonProperty("cancellation_details") @Nullable CancellationDetails cancellationDetails,
        @JsonProperty("ended_at") @Nullable Instant endedAt,
        @JsonProperty("start_date") @Nullable Instant startDate,
        @JsonProperty("billing_cycle_anchor") @Nullable Instant billingCycleAnchor,
        @JsonProperty("current_period_start") @Nullable Instant currentPeriodStart,
        @JsonProperty("current_period_end") @Nullable Instant currentPeriodEnd,
        @JsonProperty("trial_start") @Nullable Instant trialStart,
        @JsonProperty("trial_end") @Nullable Instant trialEnd,

        @JsonProperty("latest_invoice") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String latestInvoice,

        @JsonProperty("default_payment_method") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String defaultPaymentMethod,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String schedule,

        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Subscription {
        metadata = RecordCopies.mapOrEmpty(metadata);
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
    public record CancellationDetails(
            @Nullable String comment,
            @Nullable String feedback,
            @Nullable String reason) {}
}
