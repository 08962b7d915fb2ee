package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** An InvoicePayment ({@code "object": "invoice_payment"}), the payload of {@code invoice_payment.paid}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoicePayment(
        @Nullable String id,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String invoice,

        @JsonProperty("amount_paid") @Nullable Long amountPaid,
        @JsonProperty("amount_requested") @Nullable Long amountRequested,
        @Nullable String currency,
        @Nullable String status,
        @JsonProperty("is_default") @Nullable Boolean isDefault,
        @Nullable Payment payment,
        @Nullable Instant created,
        @Nullable Boolean livemode) {

    /** The payment that paid the invoice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(
            @Nullable String type,

            @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String paymentIntent,

            @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String charge) {}
}
