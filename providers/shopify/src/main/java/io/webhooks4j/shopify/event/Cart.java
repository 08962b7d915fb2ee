package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An online-store cart ({@code carts/create}, {@code carts/update}).
 *
 * @param id the cart token (a string, unlike other ids)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cart(
        @Nullable String id,
        @Nullable String token,
        @Nullable String note,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable List<CartLineItem> lineItems) {}
