package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A reference to another resource by its ids: {@code {"id": 4783296544821, "admin_graphql_api_id":
 * "gid://shopify/Order/4783296544821"}} (a return's {@code order}, a line item's {@code location}, ...).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceId(@Nullable Long id, @Nullable String adminGraphqlApiId) {}
