package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A PaymentIntent ({@code "object": "payment_intent"}), the payload of {@code payment_intent.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentIntent(
        @Nullable String id,
        @Nullable Long amount,
        @JsonProperty("amount_capturable") @Nullable Long amountCapturable,
        @JsonProperty("amount_received") @Nullable Long amountReceived,
        @JsonProperty("application_fee_amount") @Nullable Long applicationFeeAmount,
        @Nullable String currency,
        @Nullable Status status,
        @JsonProperty("capture_method") @Nullable String captureMethod,
        @JsonProperty("confirmation_method") @Nullable String confirmationMethod,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @Nullable String description,
        @JsonProperty("receipt_email") @Nullable String receiptEmail,

        @JsonProperty("latest_charge") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String latestCharge,

        @JsonProperty("payment_method") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentMethod,

        @JsonProperty("payment_method_types") List<String> paymentMethodTypes,
        @JsonProperty("last_payment_error") @Nullable StripeError lastPaymentError,
        @JsonProperty("setup_future_usage") @Nullable String setupFutureUsage,
        @JsonProperty("cancellation_reason") @Nullable String cancellationReason,
        @JsonProperty("canceled_at") @Nullable Instant canceledAt,
        @JsonProperty("statement_descriptor") @Nullable String statementDescriptor,

        @JsonProperty("on_behalf_of") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String onBehalfOf,

        @JsonProperty("transfer_group") @Nullable String transferGroup,
        @Nullable Shipping shipping,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public PaymentIntent {
        paymentMethodTypes = RecordCopies.listOrEmpty(paymentMethodTypes);
        metadata = RecordCopies.mapOrEmpty(metadata);
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
