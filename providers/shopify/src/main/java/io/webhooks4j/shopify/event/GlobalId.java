package io.webhooks4j.shopify.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A reference to another resource by its GraphQL global id only: {@code {"id": "gid://shopify/App/12345"}}, as
 * the GraphQL-shaped topics ({@code fulfillment_orders/*}, {@code fulfillment_holds/*}) send them.
 *
 * @param id the global id ({@code gid://shopify/...})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlobalId(@Nullable String id) {}
