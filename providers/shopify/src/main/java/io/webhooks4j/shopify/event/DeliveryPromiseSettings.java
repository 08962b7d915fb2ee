package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The shop's delivery promise settings: the payload of {@code delivery_promise_settings/update}, as its sample
 * payload shows (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param shopId the shop's global id ({@code gid://shopify/Shop/...})
 * @param processingTime the time to process an order, as an ISO-8601 duration such as {@code P2D}, exactly as sent
 *     ({@link java.time.Duration#parse} reads day and time durations)
 * @param deliveryDatesEnabled whether delivery dates are shown to customers
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryPromiseSettings(
        @Nullable String shopId,
        @Nullable String processingTime,
        @Nullable Boolean deliveryDatesEnabled) {}
