package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A customer saved search (customer group): the payload of {@code customer_groups/create} and
 * {@code customer_groups/update} ({@code customer_groups/delete} sends only the id: {@link DeletedResource}).
 * Fields from the topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param query the search that selects the group's customers, such as {@code email:bob*}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerGroup(
        @Nullable Long id,
        @Nullable String name,
        @Nullable String query,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt) {}
