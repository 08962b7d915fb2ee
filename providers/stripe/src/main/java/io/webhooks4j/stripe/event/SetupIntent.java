package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A SetupIntent ({@code "object": "setup_intent"}), the payload of {@code setup_intent.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetupIntent(
        String id,
        Status status,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,

        @JsonProperty("payment_method") @JsonDeserialize(using = StripeIdDeserializer.class)
        String paymentMethod,

        @JsonProperty("payment_method_types") List<String> paymentMethodTypes,
        String usage,
        String description,

        @JsonProperty("latest_attempt") @JsonDeserialize(using = StripeIdDeserializer.class)
        String latestAttempt,

        @JsonProperty("last_setup_error") StripeError lastSetupError,
        @JsonProperty("cancellation_reason") String cancellationReason,
        @JsonDeserialize(using = StripeIdDeserializer.class) String mandate,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public SetupIntent {
        paymentMethodTypes = Copies.list(paymentMethodTypes);
        metadata = Copies.metadata(metadata);
    }

    /** The status of a SetupIntent. */
    public enum Status {
        @JsonProperty("requires_payment_method")
        REQUIRES_PAYMENT_METHOD,
        @JsonProperty("requires_confirmation")
        REQUIRES_CONFIRMATION,
        @JsonProperty("requires_action")
        REQUIRES_ACTION,
        @JsonProperty("processing")
        PROCESSING,
        @JsonProperty("canceled")
        CANCELED,
        @JsonProperty("succeeded")
        SUCCEEDED,
        /** A status added by Stripe after this library was written. */
        @JsonEnumDefaultValue
        UNKNOWN
    }
}
