package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A tracking event of a fulfillment: the payload of {@code fulfillment_events/create} and
 * {@code fulfillment_events/delete} (fields from their sample payloads, https://shopify.dev/docs/api/webhooks/2026-07,
 * and the REST {@code FulfillmentEvent} resource).
 *
 * @param status {@code label_printed}, {@code in_transit}, {@code out_for_delivery}, {@code delivered},
 *     {@code failure}, ...
 * @param happenedAt when the carrier saw it
 * @param country where it happened, as a country code
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentEvent(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long fulfillmentId,
        @Nullable Long orderId,
        @Nullable Long shopId,
        @Nullable String status,
        @Nullable String message,
        @Nullable Instant happenedAt,
        @Nullable Instant estimatedDeliveryAt,
        @Nullable String address1,
        @Nullable String city,
        @Nullable String province,
        @Nullable String zip,
        @Nullable String country,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
