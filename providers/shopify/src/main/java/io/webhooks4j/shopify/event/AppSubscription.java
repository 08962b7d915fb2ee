package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.webhooks4j.shopify.internal.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A recurring charge of the app to the shop, as {@code app_subscriptions/update} and
 * {@code app_subscriptions/approaching_capped_amount} send it inside {@link AppSubscriptionChange}. Fields from
 * the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07); each topic sends its own subset.
 *
 * @param adminGraphqlApiId the subscription's global id ({@code gid://shopify/AppSubscription/...})
 * @param status {@code PENDING}, {@code ACTIVE}, {@code DECLINED}, {@code CANCELLED}, {@code EXPIRED},
 *     {@code FROZEN}, in upper case as sent
 * @param adminGraphqlApiShopId the shop's global id
 * @param price the recurring price ({@code app_subscriptions/update})
 * @param currency ISO 4217 code of {@link #price()} and {@link #cappedAmount()} ({@code app_subscriptions/update})
 * @param currencyCode the same, as {@code app_subscriptions/approaching_capped_amount} names it
 * @param cappedAmount the usage charges' cap in the billing period
 * @param balanceUsed the usage charged so far in the period ({@code app_subscriptions/approaching_capped_amount})
 * @param interval {@code every_30_days} or {@code annual}
 * @param planHandle the handle of the app's pricing plan (managed pricing)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSubscription(
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable String status,
        @Nullable String adminGraphqlApiShopId,
        @Amount @Nullable BigDecimal price,
        @Nullable String currency,
        @Nullable String currencyCode,
        @Amount @Nullable BigDecimal cappedAmount,
        @Amount @Nullable BigDecimal balanceUsed,
        @Nullable String interval,
        @Nullable String planHandle,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
