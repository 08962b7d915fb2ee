package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tags added to or removed from a customer: the payload of {@code customer.tags_added} and
 * {@code customer.tags_removed}. These payloads are camelCase, as their sample payloads show
 * (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param customerId the customer's global id ({@code gid://shopify/Customer/1})
 * @param tags the tags added, or removed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerTagsChange(
        @Nullable String customerId,
        @Nullable List<String> tags,
        @Nullable Instant occurredAt) {}
