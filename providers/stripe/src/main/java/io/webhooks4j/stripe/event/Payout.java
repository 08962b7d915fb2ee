package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;

/** A Payout ({@code "object": "payout"}), the payload of {@code payout.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payout(
        String id,
        Long amount,
        String currency,
        Status status,
        @JsonProperty("arrival_date") Instant arrivalDate,
        Boolean automatic,
        String method,
        String type,
        String description,
        @JsonDeserialize(using = StripeIdDeserializer.class) String destination,

        @JsonProperty("balance_transaction") @JsonDeserialize(using = StripeIdDeserializer.class)
        String balanceTransaction,

        @JsonProperty("failure_code") String failureCode,
        @JsonProperty("failure_message") String failureMessage,
        @JsonProperty("statement_descriptor") String statementDescriptor,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public Payout {
        metadata = Copies.metadata(metadata);
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
