package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * How often a subscription bills or delivers: every {@link #intervalCount()} {@link #interval()}s (a contract's
 * {@code billing_policy} and {@code delivery_policy}, a selling plan's {@code billing_policy}).
 *
 * @param interval {@code day}, {@code week}, {@code month} or {@code year}
 * @param minCycles the fewest billing cycles the customer commits to; null when none (delivery policies)
 * @param maxCycles the most billing cycles before the contract expires; null when open-ended
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionPolicy(
        @Nullable String interval,
        @Nullable Integer intervalCount,
        @Nullable Integer minCycles,
        @Nullable Integer maxCycles) {}
