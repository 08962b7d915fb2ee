package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A location (shop, warehouse, pop-up) where inventory is stocked and orders are fulfilled: the payload of
 * {@code locations/create}, {@code locations/update}, {@code locations/activate} and {@code locations/deactivate}
 * ({@code locations/delete} sends only the id: {@link DeletedResource}). Fields from the topics' sample payloads
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param legacy true for a location managed by a fulfillment service (a legacy location)
 * @param active whether the location can stock inventory and fulfil orders
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable String address1,
        @Nullable String address2,
        @Nullable String city,
        @Nullable String zip,
        @Nullable String province,
        @Nullable String provinceCode,
        @Nullable String country,
        @Nullable String countryCode,
        @Nullable String countryName,
        @Nullable String phone,
        @Nullable Boolean legacy,
        @Nullable Boolean active,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
