package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A Shopify Payments chargeback or inquiry: the payload of {@code disputes/create} and {@code disputes/update}.
 * Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07) and the REST
 * {@code Dispute} resource.
 *
 * @param type {@code chargeback} or {@code inquiry}
 * @param amount the disputed amount, in {@link #currency()}
 * @param reason {@code fraudulent}, {@code product_not_received}, {@code duplicate}, ...
 * @param networkReasonCode the card network's reason code
 * @param status {@code needs_response}, {@code under_review}, {@code charge_refunded}, {@code accepted},
 *     {@code won} or {@code lost}
 * @param evidenceDueBy the deadline for the merchant's evidence
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dispute(
        @Nullable Long id,
        @Nullable Long orderId,
        @Nullable String type,
        @Amount @Nullable BigDecimal amount,
        @Nullable String currency,
        @Nullable String reason,
        @Nullable String networkReasonCode,
        @Nullable String status,
        @Nullable Instant evidenceDueBy,
        @Nullable Instant evidenceSentOn,
        @Nullable Instant finalizedOn,
        @Nullable Instant initiatedAt) {}
