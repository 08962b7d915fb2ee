package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An attempt to bill a subscription contract: the payload of {@code subscription_billing_attempts/success},
 * {@code /failure} and {@code /challenged}. Fields from the topics' sample payloads in the 2025-01 webhook
 * reference (https://shopify.dev/docs/api/webhooks/2025-01; the 2026-07 page shows no sample for these topics).
 *
 * @param idempotencyKey the key the app gave the attempt
 * @param ready false while the attempt is still processing
 * @param orderId the order the attempt created; null when it failed
 * @param errorCode why the attempt failed, such as {@code insufficient_funds}; null on success
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionBillingAttempt(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String idempotencyKey,
        @Nullable Boolean ready,
        @Nullable Long orderId,
        @Nullable String adminGraphqlApiOrderId,
        @Nullable Long subscriptionContractId,
        @Nullable String adminGraphqlApiSubscriptionContractId,
        @Nullable String errorCode,
        @Nullable String errorMessage) {}
