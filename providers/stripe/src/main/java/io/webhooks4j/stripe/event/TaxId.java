package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;

/** A customer's tax id ({@code "object": "tax_id"}), the payload of {@code customer.tax_id.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxId(
        String id,
        String type,
        String value,
        String country,
        @JsonDeserialize(using = StripeIdDeserializer.class) String customer,
        Instant created,
        Boolean livemode) {}
