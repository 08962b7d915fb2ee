package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;

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
        String id,
        String number,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        @JsonProperty("customer_email") String customerEmail,
        @JsonProperty("customer_name") String customerName,
        Status status,
        String currency,
        @JsonProperty("amount_due") Long amountDue,
        @JsonProperty("amount_paid") Long amountPaid,
        @JsonProperty("amount_remaining") Long amountRemaining,
        Long subtotal,
        Long total,
        @JsonProperty("attempt_count") Long attemptCount,
        Boolean attempted,
        @JsonProperty("billing_reason") String billingReason,
        @JsonProperty("collection_method") String collectionMethod,
        @JsonProperty("hosted_invoice_url") String hostedInvoiceUrl,
        @JsonProperty("invoice_pdf") String invoicePdf,
        StripeList<InvoiceLineItem> lines,
        @JsonProperty("period_start") Instant periodStart,
        @JsonProperty("period_end") Instant periodEnd,
        @JsonProperty("due_date") Instant dueDate,
        @JsonProperty("next_payment_attempt") Instant nextPaymentAttempt,
        @JsonProperty("status_transitions") StatusTransitions statusTransitions,
        Parent parent,
        @JsonDeserialize(using = StripeIdDeserializer.class) String subscription,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata,
        @JsonProperty("account_name") String accountName,
        @JsonProperty("auto_advance") Boolean autoAdvance,
        Boolean deleted) {

    public Invoice {
        metadata = Copies.metadata(metadata);
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
            @JsonProperty("finalized_at") Instant finalizedAt,
            @JsonProperty("marked_uncollectible_at") Instant markedUncollectibleAt,
            @JsonProperty("paid_at") Instant paidAt,
            @JsonProperty("voided_at") Instant voidedAt) {}

    /** What the invoice was created for: a subscription or a quote. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parent(
            String type,
            @JsonProperty("subscription_details") SubscriptionDetails subscriptionDetails,
            @JsonProperty("quote_details") QuoteDetails quoteDetails) {}

    /** The subscription an invoice bills. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubscriptionDetails(
            @JsonDeserialize(using = StripeIdDeserializer.class)
            String subscription,

            Map<String, String> metadata) {
        public SubscriptionDetails {
            metadata = Copies.metadata(metadata);
        }
    }

    /** The quote an invoice was created from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteDetails(String quote) {}
}
