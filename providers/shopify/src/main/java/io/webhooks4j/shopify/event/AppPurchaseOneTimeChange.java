package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The payload of {@code app_purchases_one_time/update}: a one-time charge of the app, wrapped in
 * {@code app_purchase_one_time} as the topic's sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppPurchaseOneTimeChange(@Nullable AppPurchaseOneTime appPurchaseOneTime) {

    /**
     * A one-time charge of the app to the shop.
     *
     * @param adminGraphqlApiId the charge's global id ({@code gid://shopify/AppPurchaseOneTime/...})
     * @param status {@code PENDING}, {@code ACTIVE}, {@code DECLINED}, {@code EXPIRED}, in upper case as sent
     * @param adminGraphqlApiShopId the shop's global id
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AppPurchaseOneTime(
            @Nullable String adminGraphqlApiId,
            @Nullable String name,
            @Nullable String status,
            @Nullable String adminGraphqlApiShopId,
            @Nullable Instant createdAt,
            @Nullable Instant updatedAt) {}
}
