package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Money that changed hands for an order, whatever the gateway: the payload of {@code tender_transactions/create}
 * (fields from its sample payload, https://shopify.dev/docs/api/webhooks/2026-07, and the REST
 * {@code TenderTransaction} resource). Refunds are negative.
 *
 * @param remoteReference the payment provider's reference
 * @param paymentMethod {@code credit_card}, {@code cash}, {@code gift_card}, {@code unknown}, ...
 * @param paymentDetails the card paid with, masked; null for other methods
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenderTransaction(
        @Nullable Long id,
        @Nullable Long orderId,
        @Amount @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable Long userId,
        @Nullable Boolean test,
        @Nullable Instant processedAt,
        @Nullable String remoteReference,
        @Nullable String paymentMethod,
        @Nullable PaymentDetails paymentDetails) {}
