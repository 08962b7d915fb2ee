package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An order's Shopify Protect eligibility changed: the payload of {@code orders/shopify_protect_eligibility_changed},
 * as its sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param orderId the order's id
 * @param status where the order's protection stands
 * @param eligibility whether the order is eligible for protection
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopifyProtectEligibilityChange(
        @Nullable Long orderId,
        @Nullable ShopifyProtectStatus status,
        @Nullable Eligibility eligibility) {

    /**
     * An order's eligibility for Shopify Protect.
     *
     * @param status whether it is eligible
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eligibility(@Nullable ShopifyProtectEligibilityStatus status) {}
}
