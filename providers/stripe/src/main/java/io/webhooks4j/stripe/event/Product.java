package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A Product ({@code "object": "product"}), the payload of {@code product.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Product(
        String id,
        String name,
        String description,
        Boolean active,

        @JsonProperty("default_price") @JsonDeserialize(using = StripeIdDeserializer.class)
        String defaultPrice,

        List<String> images,
        String url,
        @JsonProperty("unit_label") String unitLabel,
        @JsonProperty("statement_descriptor") String statementDescriptor,

        @JsonProperty("tax_code") @JsonDeserialize(using = StripeIdDeserializer.class)
        String taxCode,

        Boolean shippable,
        Boolean deleted,
        Instant created,
        Instant updated,
        Boolean livemode,
        Map<String, String> metadata) {

    public Product {
        images = Copies.list(images);
        metadata = Copies.metadata(metadata);
    }
}
