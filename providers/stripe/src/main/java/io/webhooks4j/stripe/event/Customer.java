package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A Customer ({@code "object": "customer"}), the payload of {@code customer.created|updated|deleted}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Customer(
        @Nullable String id,
        @Nullable String email,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String description,
        @Nullable Address address,
        @Nullable Shipping shipping,
        @Nullable Long balance,
        @Nullable String currency,
        @Nullable Boolean delinquent,
        @Nullable Boolean deleted,

        @JsonProperty("default_source") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String defaultSource,

        @JsonProperty("invoice_prefix") @Nullable String invoicePrefix,
        @JsonProperty("invoice_settings") @Nullable InvoiceSettings invoiceSettings,
        @JsonProperty("tax_exempt") @Nullable String taxExempt,
        @Nullable Instant created,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Customer {
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /** The customer's default invoice settings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InvoiceSettings(
            @JsonProperty("default_payment_method") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
            String defaultPaymentMethod,

            @Nullable String footer) {}
}
