package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A return of (part of) an order, as listed in an order's {@code returns}. The {@code returns/*} topics carry the
 * full return.
 *
 * @param id the return's id
 * @param adminGraphqlApiId its GraphQL id ({@code gid://shopify/Return/...})
 * @param name its display name, such as {@code #1001-R1}
 * @param status where the return stands
 * @param totalReturnLineItems how many line items it returns
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Return(
        @Nullable Long id,
        @Nullable String adminGraphqlApiId,
        @Nullable String name,
        @Nullable ReturnStatus status,
        @Nullable Integer totalReturnLineItems) {}
