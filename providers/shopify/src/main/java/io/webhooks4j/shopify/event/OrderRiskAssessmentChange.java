package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A new risk assessment of an order: the payload of {@code orders/risk_assessment_changed}, as its sample payload
 * shows (https://shopify.dev/docs/api/webhooks/2026-07; every field but the risk level is null there).
 *
 * @param providerId the id of the app that made the assessment, as sent; null when Shopify made it
 * @param providerTitle that app's name
 * @param riskLevel how risky the order is
 * @param createdAt when the assessment was made
 * @param orderId the order's id
 * @param adminGraphqlApiOrderId the order's global id ({@code gid://shopify/Order/...})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderRiskAssessmentChange(
        @Nullable String providerId,
        @Nullable String providerTitle,
        @Nullable RiskLevel riskLevel,
        @Nullable Instant createdAt,
        @Nullable Long orderId,
        @Nullable String adminGraphqlApiOrderId) {}
