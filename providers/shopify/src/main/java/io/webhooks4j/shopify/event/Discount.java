package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A discount (automatic or code): the payload of {@code discounts/create}, {@code discounts/update} and
 * {@code discounts/delete} (which sends only {@link #adminGraphqlApiId()} and {@link #deletedAt()}). Fields from
 * the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07); fetch the discount's terms through
 * the GraphQL Admin API by its id.
 *
 * @param adminGraphqlApiId the discount's global id ({@code gid://shopify/DiscountAutomaticNode/1},
 *     {@code gid://shopify/DiscountCodeNode/1})
 * @param status {@code ACTIVE}, {@code EXPIRED} or {@code SCHEDULED}, in upper case as sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Discount(
        @Nullable String adminGraphqlApiId,
        @Nullable String title,
        @Nullable String status,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable Instant deletedAt) {}
