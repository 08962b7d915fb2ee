package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** A refund ({@code refunds/create}, and an order's refunds). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Refund(
        Long id,
        String adminGraphqlApiId,
        Long orderId,
        String note,
        Boolean restock,
        Long userId,
        Instant createdAt,
        Instant processedAt,
        List<RefundLineItem> refundLineItems,
        List<Transaction> transactions,
        List<OrderAdjustment> orderAdjustments) {}
