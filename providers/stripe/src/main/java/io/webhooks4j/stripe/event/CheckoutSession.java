package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;

/** A Checkout Session ({@code "object": "checkout.session"}), the payload of {@code checkout.session.*}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutSession(
        String id,
        Mode mode,
        Status status,
        @JsonProperty("payment_status") PaymentStatus paymentStatus,
        @JsonProperty("amount_subtotal") Long amountSubtotal,
        @JsonProperty("amount_total") Long amountTotal,
        String currency,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        @JsonProperty("customer_email") String customerEmail,
        @JsonProperty("customer_details") CustomerDetails customerDetails,
        @JsonProperty("client_reference_id") String clientReferenceId,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentIntent,

        @JsonProperty("setup_intent") @JsonDeserialize(using = StripeIdDeserializer.class)
        String setupIntent,

        @JsonDeserialize(using = StripeIdDeserializer.class) String subscription,
        @JsonDeserialize(using = StripeIdDeserializer.class) String invoice,

        @JsonProperty("payment_link") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentLink,

        String url,
        @JsonProperty("success_url") String successUrl,
        @JsonProperty("cancel_url") String cancelUrl,
        @JsonProperty("expires_at") Instant expiresAt,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public CheckoutSession {
        metadata = Copies.metadata(metadata);
    }

    /** What the session collects. */
    public enum Mode {
        @JsonProperty("payment")
        PAYMENT,
        @JsonProperty("setup")
        SETUP,
        @JsonProperty("subscription")
        SUBSCRIPTION,
        /** A mode added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** The status of the session. */
    public enum Status {
        @JsonProperty("open")
        OPEN,
        @JsonProperty("complete")
        COMPLETE,
        @JsonProperty("expired")
        EXPIRED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** Whether the session's payment has been collected. */
    public enum PaymentStatus {
        @JsonProperty("paid")
        PAID,
        @JsonProperty("unpaid")
        UNPAID,
        @JsonProperty("no_payment_required")
        NO_PAYMENT_REQUIRED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** What the customer entered during checkout. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerDetails(
            Address address,
            String email,
            String name,
            String phone,
            @JsonProperty("tax_exempt") String taxExempt) {}
}
