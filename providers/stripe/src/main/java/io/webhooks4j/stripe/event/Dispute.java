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

/** A Dispute ({@code "object": "dispute"}), the payload of {@code charge.dispute.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dispute(
        @Nullable String id,
        @Nullable Long amount,
        @Nullable String currency,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String charge,

        @JsonProperty("payment_intent") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentIntent,

        @Nullable String reason,
        @Nullable Status status,
        @JsonProperty("is_charge_refundable") @Nullable Boolean isChargeRefundable,
        @JsonProperty("evidence_details") @Nullable EvidenceDetails evidenceDetails,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Dispute {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** The status of a dispute. */
    public enum Status {
        @JsonProperty("warning_needs_response")
        WARNING_NEEDS_RESPONSE,
        @JsonProperty("warning_under_review")
        WARNING_UNDER_REVIEW,
        @JsonProperty("warning_closed")
        WARNING_CLOSED,
        @JsonProperty("needs_response")
        NEEDS_RESPONSE,
        @JsonProperty("under_review")
        UNDER_REVIEW,
        @JsonProperty("won")
        WON,
        @JsonProperty("lost")
        LOST,
        @JsonProperty("prevented")
        PREVENTED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }

    /** When evidence is due and whether it was submitted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvidenceDetails(
            @JsonProperty("due_by") @Nullable Instant dueBy,
            @JsonProperty("has_evidence") @Nullable Boolean hasEvidence,
            @JsonProperty("past_due") @Nullable Boolean pastDue,
            @JsonProperty("submission_count") @Nullable Integer submissionCount) {}
}
