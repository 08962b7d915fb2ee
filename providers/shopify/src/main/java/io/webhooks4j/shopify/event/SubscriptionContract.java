package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A subscription contract: the payload of {@code subscription_contracts/create}, {@code /update},
 * {@code /activate}, {@code /pause}, {@code /cancel}, {@code /expire} and {@code /fail}. Fields from the topics'
 * sample payloads (https://shopify.dev/docs/api/webhooks/2026-07); fetch lines and prices through the GraphQL
 * Admin API by {@link #adminGraphqlApiId()}.
 *
 * @param currencyCode ISO 4217 code the contract bills in
 * @param originOrderId the order that created the contract
 * @param revisionId the contract's revision, as a string
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionContract(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable SubscriptionContractStatus status,
        @Nullable String currencyCode,
        @Nullable Long customerId,
        @Nullable String adminGraphqlApiCustomerId,
        @Nullable Long originOrderId,
        @Nullable String adminGraphqlApiOriginOrderId,
        @Nullable String revisionId,
        @Nullable SubscriptionPolicy billingPolicy,
        @Nullable SubscriptionPolicy deliveryPolicy) {}
