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
 * An Invoice ({@code "object": "invoice"}), the payload of {@code invoice.*} events. {@code lines} holds the
 * first page of lines ({@code lines().hasMore()} says whether there are more).
 *
 * @param accountName the public name of the business the invoice is from (the account's, or the Connect
 *     account's it is issued on behalf of)
 * @param autoAdvance whether Stripe finalizes and pays (or sends) the invoice by itself; false when you manage
 *     its life cycle
 * @param deleted true on the stub Stripe returns for a deleted invoice ({@code {"id", "object", "deleted": true}})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invoice(
        @Nullable String id,
        @Nullable String number,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @JsonProperty("customer_email") @Nullable String customerEmail,
        @JsonProperty("customer_name") @Nullable String customerName,
        @Nullable Status status,
        @Nullable String currency,
        @JsonProperty("amount_due") @Nullable Long amountDue,
        @JsonProperty("amount_paid") @Nullable Long amountPaid,
        @JsonProperty("amount_remaining") @Nullable Long amountRemaining,
        @Nullable Long subtotal,
        @Nullable Long total,
        @JsonProperty("attempt_count") @Nullable Long attemptCount,
        @Nullable Boolean attempted,
        @JsonProperty("billing_reason") @Nullable String billingReason,
        @JsonProperty("collection_method") @Nullable String collectionMethod,
        @JsonProperty("hosted_invoice_url") @Nullable String hostedInvoiceUrl,
        @JsonProperty("invoice_pdf") @Nullable String invoicePdf,
        @Nullable StripeList<InvoiceLineItem> lines,
        @JsonProperty("period_start") @Nullable Instant periodStart,
        @JsonProperty("period_end") @Nullable Instant periodEnd,
        @JsonProperty("due_date") @Nullable Instant dueDate,
        @JsonProperty("next_payment_attempt") @Nullable Instant nextPaymentAttempt,
        @JsonProperty("status_transitions") @Nullable StatusTransitions statusTransitions,
        @Nullable Parent parent,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String subscription,

        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata,
        @JsonProperty("account_name") @Nullable String accountName,
        @JsonProperty("auto_advance") @Nullable Boolean autoAdvance,
        @Nullable Boolean deleted) {

    public Invoice {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** True when Stripe says the invoice is deleted: {@code "deleted": true} or the status {@code deleted}. */
    public boolean isDeleted() {
        return Boolean.TRUE.equals(deleted) || status == Status.DELETED;
    }

    /**
     * The subscription this invoice bills, from {@code parent.subscription_details} (API versions since
     * 2025-03-31) or {@code subscription} (earlier); null for a one-off invoice.
     */
    public String subscriptionId() {
        if (parent != null && parent.subscriptionDetails() != null) {
            String fromParent = parent.subscriptionDetails().subscription();
            if (fromParent != null) {
                return fromParent;
            }
        }
        return subscription;
    }

    /** The status of an invoice. */
    public enum Status {
        @JsonProperty("draft")
        DRAFT,
        @JsonProperty("open")
        OPEN,
        @JsonProperty("paid")
        PAID,
        @JsonProperty("uncollectible")
        UNCOLLECTIBLE,
        @JsonProperty("void")
        VOID,
        /**
         * Reported for deleted draft invoices (issue #16.16). Not in Stripe's published enum (draft, open, paid,
         * uncollectible, void: stripe/openapi, as generated into stripe-go's {@code InvoiceStatus}); a deleted
         * invoice's stub carries {@code "deleted": true} instead, see {@link Invoice#isDeleted()}.
         */
        @JsonProperty("deleted")
        DELETED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** When the invoice changed status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatusTransitions(
            @JsonProperty("finalized_at") @Nullable Instant finalizedAt,

            @JsonProperty("marked_uncollectible_at") @Nullable
            Instant markedUncollectibleAt,

            @JsonProperty("paid_at") @Nullable Instant paidAt,
            @JsonProperty("voided_at") @Nullable Instant voidedAt) {}

    /** What the invoice was created for: a subscription or a quote. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parent(
            @Nullable String type,
            @JsonProperty("subscription_details") @Nullable SubscriptionDetails subscriptionDetails,
            @JsonProperty("quote_details") @Nullable QuoteDetails quoteDetails) {}

    /** The subscription an invoice bills. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubscriptionDetails(
            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String subscription,

            Map<String, String> metadata) {
        public SubscriptionDetails {
            metadata = RecordCopies.mapOrEmpty(metadata);
        }
    }

    /** The quote an invoice was created from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteDetails(@Nullable String quote) {}
}
