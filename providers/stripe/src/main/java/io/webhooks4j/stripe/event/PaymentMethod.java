package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A PaymentMethod ({@code "object": "payment_method"}), the payload of {@code payment_method.*} events.
 * {@code type} names the kind ({@code card}, {@code sepa_debit}, ...); {@code card} is set for cards.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PaymentMethod(
        @Nullable String id,
        @Nullable String type,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @JsonProperty("billing_details") @Nullable BillingDetails billingDetails,
        @Nullable Card card,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public PaymentMethod {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }
}
