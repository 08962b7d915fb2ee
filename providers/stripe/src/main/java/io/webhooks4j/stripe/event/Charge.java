package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;

/**
 * A Charge ({@code "object": "charge"}), the payload of {@code charge.*} events (not {@code charge.dispute.*}
 * nor {@code charge.refund.updated}). {@code paymentMethodDetails} is kept as a tree: its shape depends on the
 * payment method type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Charge(
        String id,
        Long amount,
        @JsonProperty("amount_captured") Long amountCaptured,
        @JsonProperty("amount_refunded") Long amountRefunded,
        String currency,
        Status status,
        Boolean paid,
        Boolean captured,
        Boolean refunded,
        Boolean disputed,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        String description,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentIntent,

        @JsonProperty("payment_method") String paymentMethod,
        @JsonProperty("payment_method_details") JsonNode paymentMethodDetails,
        @JsonProperty("billing_details") BillingDetails billingDetails,
        Outcome outcome,
        @JsonProperty("failure_code") String failureCode,
        @JsonProperty("failure_message") String failureMessage,

        @JsonProperty("balance_transaction") @JsonDeserialize(using = StripeIdDeserializer.class)
        String balanceTransaction,

        @JsonProperty("receipt_email") String receiptEmail,
        @JsonProperty("receipt_url") String receiptUrl,
        @JsonProperty("statement_descriptor") String statementDescriptor,
        StripeList<Refund> refunds,
        Shipping shipping,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public Charge {
        metadata = Copies.metadata(metadata);
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
            String type,
            String reason,
            @JsonProperty("network_status") String networkStatus,
            @JsonProperty("risk_level") String riskLevel,
            @JsonProperty("risk_score") Long riskScore,
            @JsonProperty("seller_message") String sellerMessage) {}
}
