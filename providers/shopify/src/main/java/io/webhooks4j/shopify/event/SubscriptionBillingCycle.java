package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One billing cycle of a subscription contract: the payload of {@code subscription_billing_cycles/skip},
 * {@code subscription_billing_cycles/unskip} and {@code subscription_billing_cycle_edits/create}, {@code /update}
 * and {@code /delete}. Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07);
 * the {@code contract_edit} they send as null is not modelled (read it through {@code raw()}).
 *
 * @param cycleIndex the cycle's position in the contract, from 1
 * @param billingAttemptExpectedDate when the cycle is to be billed
 * @param skipped whether the cycle is skipped
 * @param edited whether the cycle differs from the contract
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionBillingCycle(
        @Nullable Long subscriptionContractId,
        @Nullable Integer cycleIndex,
        @Nullable Instant cycleStartAt,
        @Nullable Instant cycleEndAt,
        @Nullable Instant billingAttemptExpectedDate,
        @Nullable Boolean skipped,
        @Nullable Boolean edited) {}
