package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A redeem code added to or removed from a code discount: the payload of {@code discounts/redeemcode_added} and
 * {@code discounts/redeemcode_removed}, as their sample payloads show it
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param adminGraphqlApiId the discount's global id ({@code gid://shopify/DiscountCodeNode/...})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiscountRedeemCodeChange(
        @Nullable String adminGraphqlApiId,
        @Nullable RedeemCode redeemCode,
        @Nullable Instant updatedAt) {

    /**
     * One code of a discount.
     *
     * @param id the code's global id ({@code gid://shopify/DiscountRedeemCode/...})
     * @param code what the customer types
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RedeemCode(@Nullable String id, @Nullable String code) {}
}
