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

/** A Payout ({@code "object": "payout"}), the payload of {@code payout.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payout(
        @Nullable String id,
        @Nullable Long amount,
        @Nullable String currency,
        @Nullable Status status,
        @JsonProperty("arrival_date") @Nullable Instant arrivalDate,
        @Nullable Boolean automatic,
        @Nullable String method,
        @Nullable String type,
        @Nullable String description,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String destination,

        @JsonProperty("balance_transaction") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String balanceTransaction,

        @JsonProperty("failure_code") @Nullable String failureCode,
        @JsonProperty("failure_message") @Nullable String failureMessage,
        @JsonProperty("statement_descriptor") @Nullable String statementDescriptor,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Payout {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** The status of a payout. */
    public enum Status {
        @JsonProperty("paid")
        PAID,
        @JsonProperty("pending")
        PENDING,
        @JsonProperty("in_transit")
        IN_TRANSIT,
        @JsonProperty("canceled")
        CANCELED,
        @JsonProperty("failed")
        FAILED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
