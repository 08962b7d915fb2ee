package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment transaction (a refund's transactions).
 *
 * @param kind {@code authorization}, {@code capture}, {@code sale}, {@code void} or {@code refund}
 * @param status {@code pending}, {@code failure}, {@code success} or {@code error}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Transaction(
        Long id,
        String adminGraphqlApiId,
        Long orderId,
        Long parentId,
        String kind,
        String gateway,
        String status,
        String message,
        @Amount BigDecimal amount,
        String currency,
        String authorization,
        Boolean test,
        Instant createdAt,
        Instant processedAt) {}
