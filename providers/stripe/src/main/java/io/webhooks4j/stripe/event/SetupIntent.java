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

/** A SetupIntent ({@code "object": "setup_intent"}), the payload of {@code setup_intent.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SetupIntent(
        @Nullable String id,
        @Nullable Status status,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @JsonProperty("payment_method") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String paymentMethod,

        @JsonProperty("payment_method_types") List<String> paymentMethodTypes,
        @Nullable String usage,
        @Nullable String description,

        @JsonProperty("latest_attempt") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String latestAttempt,

        @JsonProperty("last_setup_error") @Nullable StripeError lastSetupError,
        @JsonProperty("cancellation_reason") @Nullable String cancellationReason,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String mandate,

        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public SetupIntent {
        paymentMethodTypes = RecordCopies.listOrEmpty(paymentMethodTypes);
        metadata = RecordCopies.mapOrEmpty(metadata);
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
