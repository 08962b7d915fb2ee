package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

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
        Long id,
        String adminGraphqlApiId,
        Long orderId,
        String name,
        String status,
        String service,
        String shipmentStatus,
        Long locationId,
        String trackingCompany,
        String trackingNumber,
        List<String> trackingNumbers,
        String trackingUrl,
        List<String> trackingUrls,
        Boolean notifyCustomer,
        Instant createdAt,
        Instant updatedAt,
        Address destination,
        List<LineItem> lineItems) {}
