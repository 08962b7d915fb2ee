package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Charge ({@code "object": "charge"}), the payload of {@code charge.*} events (not {@code charge.dispute.*}
 * nor {@code charge.refund.updated}). {@code paymentMethodDetails} is kept as a tree: its shape depends on the
 * payment method type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Charge(
        @Nullable String id,
        @Nullable Long amount,
        @JsonProperty("amount_captured") @Nullable Long amountCaptured,
        @JsonProperty("amount_refunded") @Nullable Long amountRefunded,
        @Nullable String currency,
        @Nullable Status status,
        @Nullable Boolean paid,
        @Nullable Boolean captured,
        @Nullable Boolean refunded,
        @Nullable Boolean disputed,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @Nullable String description,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentIntent,

        @JsonProperty("payment_method") @Nullable String paymentMethod,
        @JsonProperty("payment_method_details") @Nullable JsonNode paymentMethodDetails,
        @JsonProperty("billing_details") @Nullable BillingDetails billingDetails,
        @Nullable Outcome outcome,
        @JsonProperty("failure_code") @Nullable String failureCode,
        @JsonProperty("failure_message") @Nullable String failureMessage,

        @JsonProperty("balance_transaction") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String balanceTransaction,

        @JsonProperty("receipt_email") @Nullable String receiptEmail,
        @JsonProperty("receipt_url") @Nullable String receiptUrl,
        @JsonProperty("statement_descriptor") @Nullable String statementDescriptor,
        @Nullable StripeList<Refund> refunds,
        @Nullable Shipping shipping,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Charge {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** The status of a charge. */
    public enum Status {
        @JsonProperty("succeeded")
        SUCCEEDED,
        @JsonProperty("pending")
        PENDING,
        @JsonProperty("failed")
        FAILED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** Whether the payment was accepted, and why (Radar, the network). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(
            @Nullable String type,
            @Nullable String reason,
            @JsonProperty("network_status") @Nullable String networkStatus,
            @JsonProperty("risk_level") @Nullable String riskLevel,
            @JsonProperty("risk_score") @Nullable Long riskScore,
            @JsonProperty("seller_message") @Nullable String sellerMessage) {}
}
