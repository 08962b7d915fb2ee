package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;

/** An InvoicePayment ({@code "object": "invoice_payment"}), the payload of {@code invoice_payment.paid}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoicePayment(
        String id,
        @JsonDeserialize(using = StripeIdDeserializer.class) String invoice,
        @JsonProperty("amount_paid") Long amountPaid,
        @JsonProperty("amount_requested") Long amountRequested,
        String currency,
        String status,
        @JsonProperty("is_default") Boolean isDefault,
        Payment payment,
        Instant created,
        Boolean livemode) {

    /** The payment that paid the invoice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(
            String type,

            @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class)
            String paymentIntent,

            @JsonDeserialize(using = StripeIdDeserializer.class)
            String charge) {}
}
