package io.webhooks4j.stripe.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import io.webhooks4j.stripe.internal.StripeIdDeserializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A SKU ({@code "object": "sku"}), a product variation of the retired legacy Orders API, the payload of the
 * deprecated {@code sku.created}, {@code sku.updated}, {@code sku.deleted} events. {@code price} is in the
 * currency's minor unit; {@code attributes} maps the product's attribute names to this SKU's values.
 *
 * <p>Hand-written: the 2023-08-16 spec the generated records come from no longer describes SKUs. Fields and types
 * follow the schema {@code sku} (and {@code sku_inventory}, {@code package_dimensions}) of stripe/openapi {@code
 * openapi/spec3.yaml} at commit dd21899b0a6f6ed7ac301ec72c10c4c78220062a (2022-05-05, API version 2020-08-27;
 * the fields are the same from the 2018-02-06 spec on); the last spec with the schema is commit
 * da4ef11c8691eb41e6b2a8d86c13343a973633e4 (2022-11-10, API version 2022-08-01). {@code deleted} is true on the
 * stub of a deleted SKU ({@code deleted_sku}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sku(
        @Nullable String id,
        @Nullable Boolean active,
        Map<String, String> attributes,
        @Nullable Instant created,
        @Nullable String currency,
        @Nullable String image,
        @Nullable Inventory inventory,
        @Nullable Boolean livemode,
        Map<String, String> metadata,
        @JsonProperty("package_dimensions") @Nullable PackageDimensions packageDimensions,
        @Nullable Long price,

        @JsonDeserialize(using = StripeIdDeserializer.class) @Nullable
        String product,

        @Nullable Instant updated,
        @Nullable Boolean deleted) {
    public Sku {
        attributes = RecordCopies.mapOrEmpty(attributes);
        metadata = RecordCopies.mapOrEmpty(metadata);
    }

    /**
     * The SKU's inventory ({@code sku_inventory}): {@code quantity} is set only for {@link Type#FINITE}, {@code
     * value} only for {@link Type#BUCKET}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inventory(
            @Nullable Long quantity,
            @Nullable Type type,
            @Nullable Value value) {
        /** Values of {@code type} (listed in the spec's description); {@code UNKNOWN} for any other. */
        public enum Type {
            @JsonProperty("finite")
            FINITE,
            @JsonProperty("bucket")
            BUCKET,
            @JsonProperty("infinite")
            INFINITE,
            /** A value the spec did not list. */
            @JsonEnumDefaultValue
            UNKNOWN
        }

        /** Values of {@code value} (listed in the spec's description); {@code UNKNOWN} for any other. */
        public enum Value {
            @JsonProperty("in_stock")
            IN_STOCK,
            @JsonProperty("limited")
            LIMITED,
            @JsonProperty("out_of_stock")
            OUT_OF_STOCK,
            /** A value the spec did not list. */
            @JsonEnumDefaultValue
            UNKNOWN
        }
    }

    /** The dimensions of the SKU for shipping ({@code package_dimensions}): inches, and ounces for the weight. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PackageDimensions(
            @Nullable BigDecimal height,
            @Nullable BigDecimal length,
            @Nullable BigDecimal weight,
            @Nullable BigDecimal width) {}
}
