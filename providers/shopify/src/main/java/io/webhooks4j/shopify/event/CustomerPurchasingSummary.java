package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer's purchasing summary changed: the payload of {@code customers/purchasing_summary}. This payload is
 * camelCase with global ids, as its sample payload shows (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param customerId the customer's global id ({@code gid://shopify/Customer/...})
 * @param numberOfOrders how many orders the customer has placed
 * @param amountSpent what the customer has spent in all ({@code amount} and {@code currencyCode})
 * @param lastOrderId the global id of the customer's last order ({@code gid://shopify/Order/...})
 * @param occurredAt when the summary changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerPurchasingSummary(
        @Nullable String customerId,
        @Nullable Long numberOfOrders,
        @Nullable Money amountSpent,
        @Nullable String lastOrderId,
        @Nullable Instant occurredAt) {}
