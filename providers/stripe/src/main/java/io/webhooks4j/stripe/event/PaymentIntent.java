package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A PaymentIntent ({@code "object": "payment_intent"}), the payload of {@code payment_intent.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentIntent(
        String id,
        Long amount,
        @JsonProperty("amount_capturable") Long amountCapturable,
        @JsonProperty("amount_received") Long amountReceived,
        @JsonProperty("application_fee_amount") Long applicationFeeAmount,
        String currency,
        Status status,
        @JsonProperty("capture_method") String captureMethod,
        @JsonProperty("confirmation_method") String confirmationMethod,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        String description,
        @JsonProperty("receipt_email") String receiptEmail,

        @JsonProperty("latest_charge") @JsonDeserialize(using = StripeIdDeserializer.class)
        String latestCharge,

        @JsonProperty("payment_method") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentMethod,

        @JsonProperty("payment_method_types") List<String> paymentMethodTypes,
        @JsonProperty("last_payment_error") StripeError lastPaymentError,
        @JsonProperty("setup_future_usage") String setupFutureUsage,
        @JsonProperty("cancellation_reason") String cancellationReason,
        @JsonProperty("canceled_at") Instant canceledAt,
        @JsonProperty("statement_descriptor") String statementDescriptor,

        @JsonProperty("on_behalf_of") @JsonDeserialize(using = StripeIdDeserializer.class)
        String onBehalfOf,

        @JsonProperty("transfer_group") String transferGroup,
        Shipping shipping,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public PaymentIntent {
        paymentMethodTypes = Copies.list(paymentMethodTypes);
        metadata = Copies.metadata(metadata);
    }

    /** The status of a PaymentIntent. */
    public enum Status {
        @JsonProperty("requires_payment_method")
        REQUIRES_PAYMENT_METHOD,
        @JsonProperty("requires_confirmation")
        REQUIRES_CONFIRMATION,
        @JsonProperty("requires_action")
        REQUIRES_ACTION,
        @JsonProperty("processing")
        PROCESSING,
        @JsonProperty("requires_capture")
        REQUIRES_CAPTURE,
        @JsonProperty("canceled")
        CANCELED,
        @JsonProperty("succeeded")
        SUCCEEDED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
