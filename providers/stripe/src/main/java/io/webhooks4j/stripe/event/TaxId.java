package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A customer's tax id ({@code "object": "tax_id"}), the payload of {@code customer.tax_id.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaxId(
        @Nullable String id,
        @Nullable String type,
        @Nullable String value,
        @Nullable String country,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String customer,

        @Nullable Instant created,
        @Nullable Boolean livemode) {}
