package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A Product ({@code "object": "product"}), the payload of {@code product.*} events. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Product(
        @Nullable String id,
        @Nullable String name,
        @Nullable String description,
        @Nullable Boolean active,

        @JsonProperty("default_price") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String defaultPrice,

        List<String> images,
        @Nullable String url,
        @JsonProperty("unit_label") @Nullable String unitLabel,
        @JsonProperty("statement_descriptor") @Nullable String statementDescriptor,

        @JsonProperty("tax_code") @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String taxCode,

        @Nullable Boolean shippable,
        @Nullable Boolean deleted,
        @Nullable Instant created,
        @Nullable Instant updated,
        @Nullable Boolean livemode,
        Map<String, String> metadata) {

    public Product {
        images = RecordCopies.listOrEmpty(images);
        metadata = RecordCopies.mapOrEmpty(metadata);
    }
}
