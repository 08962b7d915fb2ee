package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.Map;

/** A Customer ({@code "object": "customer"}), the payload of {@code customer.created|updated|deleted}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Customer(
        String id,
        String email,
        String name,
        String phone,
        String description,
        Address address,
        Shipping shipping,
        Long balance,
        String currency,
        Boolean delinquent,
        Boolean deleted,

        @JsonProperty("default_source") @JsonDeserialize(using = StripeIdDeserializer.class)
        String defaultSource,

        @JsonProperty("invoice_prefix") String invoicePrefix,
        @JsonProperty("invoice_settings") InvoiceSettings invoiceSettings,
        @JsonProperty("tax_exempt") String taxExempt,
        Instant created,
        Boolean livemode,
        Map<String, String> metadata) {

    public Customer {
        metadata = Copies.metadata(metadata);
    }

    /** The customer's default invoice settings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InvoiceSettings(
            @JsonProperty("default_payment_method") @JsonDeserialize(using = StripeIdDeserializer.class)
            String defaultPaymentMethod,

            String footer) {}
}
