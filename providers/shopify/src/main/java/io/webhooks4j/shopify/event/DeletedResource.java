package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The payload of a deletion topic ({@code products/delete}, {@code orders/delete}, ...): Shopify sends little more
 * than the id of what is gone.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeletedResource(@Nullable Long id, @Nullable String adminGraphqlApiId) {}
