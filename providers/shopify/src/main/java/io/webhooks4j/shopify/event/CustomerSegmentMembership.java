package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer who joined or left a segment: the payload of {@code customer.joined_segment} and
 * {@code customer.left_segment}, as their sample payloads show it (https://shopify.dev/docs/api/webhooks/2026-07).
 * All three are global ids ({@code gid://shopify/Customer/2}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerSegmentMembership(
        @Nullable String shopId,
        @Nullable String customerId,
        @Nullable String segmentId) {}
