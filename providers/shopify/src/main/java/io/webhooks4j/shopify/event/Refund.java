package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A refund ({@code refunds/create}, and an order's refunds). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Refund(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long orderId,
        @Nullable String note,
        @Nullable Boolean restock,
        @Nullable Long userId,
        @Nullable Instant createdAt,
        @Nullable Instant processedAt,
        @Nullable List<RefundLineItem> refundLineItems,
        @Nullable List<Transaction> transactions,
        @Nullable List<OrderAdjustment> orderAdjustments) {}
