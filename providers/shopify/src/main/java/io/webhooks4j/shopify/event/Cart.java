package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * An online-store cart ({@code carts/create}, {@code carts/update}).
 *
 * @param id the cart token (a string, unlike other ids)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cart(
        String id, String token, String note, Instant createdAt, Instant updatedAt, List<CartLineItem> lineItems) {}
