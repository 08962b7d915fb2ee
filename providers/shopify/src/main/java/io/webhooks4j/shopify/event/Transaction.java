package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A payment transaction (a refund's transactions).
 *
 * @param kind {@code authorization}, {@code capture}, {@code sale}, {@code void} or {@code refund}
 * @param status {@code pending}, {@code failure}, {@code success} or {@code error}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Transaction(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable Long orderId,
        @Nullable Long parentId,
        @Nullable String kind,
        @Nullable String gateway,
        @Nullable String status,
        @Nullable String message,
        @Amount @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String authorization,
        @Nullable Boolean test,
        @Nullable Instant createdAt,
        @Nullable Instant processedAt) {}
