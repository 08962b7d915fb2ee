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

/** A Refund ({@code "object": "refund"}), the payload of {@code refund.*} and {@code charge.refund.updated}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Refund(
        @Nullable String id,
        @Nullable Long amount,
        @Nullable String currency,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String charge,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentIntent,

        @Nullable String reason,
        @Nullable Status status,
        @JsonProperty("failure_reason") @Nullable String failureReason,

        @JsonProperty("balance_transaction") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String balanceTransaction,

        @Nullable String description,
        @JsonProperty("receipt_number") @Nullable String receiptNumber,
        @Nullable Instant created,
        Map<String, String> metadata) {

    public Refund {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** The status of a refund. */
    public enum Status {
        @JsonProperty("pending")
        PENDING,
        @JsonProperty("requires_action")
        REQUIRES_ACTION,
        @JsonProperty("succeeded")
        SUCCEEDED,
        @JsonProperty("failed")
        FAILED,
        @JsonProperty("canceled")
        CANCELED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
