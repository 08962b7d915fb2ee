package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A fulfillment ({@code fulfillments/create}, {@code fulfillments/update}, and an order's fulfillments).
 *
 * @param status {@code pending}, {@code open}, {@code success}, {@code cancelled}, {@code error} or
 *     {@code failure}
 * @param shipmentStatus the carrier's latest status ({@code in_transit}, {@code delivered}, ...), or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Fulfillment(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long orderId,
        @Nullable String name,
        @Nullable String status,
        @Nullable String service,
        @Nullable String shipmentStatus,
        @Nullable Long locationId,
        @Nullable String trackingCompany,
        @Nullable String trackingNumber,
        @Nullable List<String> trackingNumbers,
        @Nullable String trackingUrl,
        @Nullable List<String> trackingUrls,
        @Nullable Boolean notifyCustomer,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Address destination,
        @Nullable List<LineItem> lineItems) {}
