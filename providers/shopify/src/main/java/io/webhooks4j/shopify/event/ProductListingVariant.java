package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A variant of a {@link ProductListing}: a variant as a sales channel sees it, with its {@code formatted_price}
 * and the option values that pick it (field names from the {@code product_listings/add} sample payload).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductListingVariant(
        @Nullable Long id,
        @Nullable String title,
        @Nullable BigDecimal price,
        @Nullable BigDecimal compareAtPrice,
        @Nullable String formattedPrice,
        @Nullable String sku,
        @Nullable String barcode,
        @Nullable Boolean available,
        @Nullable Integer inventoryQuantity,
        @Nullable String inventoryPolicy,
        @Nullable String inventoryManagement,
        @Nullable String fulfillmentService,
        @Nullable Boolean requiresShipping,
        @Nullable Boolean taxable,
        @Nullable Long grams,
        @Nullable BigDecimal weight,
        @Nullable String weightUnit,
        @Nullable Integer position,
        @Nullable Long imageId,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable List<OptionValue> optionValues) {

    /** One option value of a listed variant ({@code option_values[]}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OptionValue(
            @Nullable Long optionId,
            @Nullable String name,
            @Nullable String value) {}
}
