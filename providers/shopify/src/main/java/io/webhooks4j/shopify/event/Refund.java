package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

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
