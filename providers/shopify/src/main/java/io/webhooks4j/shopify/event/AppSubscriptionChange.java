package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code app_subscriptions/update} and {@code app_subscriptions/approaching_capped_amount}: the
 * app subscription, wrapped in {@code app_subscription} as the topics' sample payloads show
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSubscriptionChange(@Nullable AppSubscription appSubscription) {}
