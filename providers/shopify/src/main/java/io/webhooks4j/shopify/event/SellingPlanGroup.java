package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A selling plan group (subscriptions, pre-orders, try-before-you-buy): the payload of
 * {@code selling_plan_groups/create} and {@code selling_plan_groups/update} ({@code selling_plan_groups/delete}
 * sends only the ids: {@link DeletedResource}). Fields from the topics' sample payloads
 * (https://shopify.dev/docs/api/webhooks/2026-07); the products and variants it applies to, sent as lists the
 * samples leave empty, are not modelled (read them through {@code raw()}).
 *
 * @param merchantCode the merchant-facing name, such as {@code sub-n-save}
 * @param adminGraphqlApiApp the global id of the app that owns the group
 * @param options the option names buyers choose from, such as {@code Delivery every}
 * @param summary Shopify's one-line description
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SellingPlanGroup(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable String merchantCode,
        @Nullable String adminGraphqlApiApp,
        @Nullable String description,
        @Nullable List<String> options,
        @Nullable Integer position,
        @Nullable String summary,
        @Nullable List<SellingPlan> sellingPlans) {

    /**
     * One plan of a group, such as "Pay every month, deliver every month".
     *
     * @param options this plan's values for the group's options, such as {@code month}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SellingPlan(
            @Nullable String name,
            @Nullable String description,
            @Nullable List<String> options,
            @Nullable Integer position,
            @Nullable SubscriptionPolicy billingPolicy,
            @Nullable DeliveryPolicy deliveryPolicy) {}

    /**
     * When a selling plan delivers.
     *
     * @param interval {@code day}, {@code week}, {@code month} or {@code year}
     * @param cutoff days before the anchor after which an order waits for the next cycle
     * @param preAnchorBehavior {@code asap} or {@code next}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryPolicy(
            @Nullable String interval,
            @Nullable Integer intervalCount,
            @Nullable Integer cutoff,
            @Nullable String preAnchorBehavior) {}
}
