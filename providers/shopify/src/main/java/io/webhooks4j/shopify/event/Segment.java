package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer segment: the payload of {@code segments/create} and {@code segments/update} ({@code segments/delete}
 * sends only the id: {@link DeletedResource}). Unlike most topics these payloads are camelCase
 * ({@code creationDate}), as their sample payloads show (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param query the segment's ShopifyQL condition, such as {@code number_of_orders = 1}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Segment(
        @Nullable Long id,
        @Nullable String name,
        @Nullable String query,
        @Nullable Instant creationDate,
        @Nullable Instant lastEditDate) {}
