package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A payment transaction on an order: the payload of {@code order_transactions/create}, and a refund's
 * transactions. Fields from the sample payloads of {@code order_transactions/create} and {@code refunds/create}
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param kind {@code authorization}, {@code capture}, {@code sale}, {@code void}, {@code refund}, ...
 * @param status {@code pending}, {@code failure}, {@code success} or {@code error}
 * @param amount in {@link #currency()} (null in some refund transactions' samples: then the shop's currency)
 * @param paymentId the payment's reference, such as {@code #9999.1}
 * @param paymentDetails the card or wallet paid with, masked
 * @param manualPaymentGateway whether the gateway is a manual one (cash, bank deposit, ...)
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
        @Nullable Instant processedAt,
        @Nullable Long locationId,
        @Nullable Long userId,
        @Nullable Long deviceId,
        @Nullable String errorCode,
        @Nullable String sourceName,
        @Nullable String paymentId,
        @Nullable PaymentDetails paymentDetails,
        @Nullable Boolean manualPaymentGateway) {}
