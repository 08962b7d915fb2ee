package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A market (a group of regions sold to with shared settings): the payload of {@code markets/create} and
 * {@code markets/update} ({@code markets/delete} sends only the id: {@link DeletedResource}). Fields from the
 * topics' sample payloads (https://shopify.dev/docs/api/webhooks/2026-07).
 *
 * @param type {@code region}, {@code company_location}, {@code retail_location}, ...
 * @param status {@code active} or {@code draft}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Market(
        @Nullable Long id,
        @Nullable String name,
        @Nullable String type,
        @Nullable String status) {}
