/**
 * Shopify webhook payloads as Java records: orders (line items, shipping lines, tax lines, discounts, addresses,
 * customer, fulfillments, refunds), products (variants, options, images), customers, inventory, fulfillments,
 * refunds, checkouts, carts, collections, the shop, and the three mandatory compliance topics.
 *
 * <p>Conventions: ids are {@code Long} (Shopify's REST ids exceed 2<sup>53</sup>, so never a double), the GraphQL
 * {@code admin_graphql_api_id} is kept, money amounts are {@link java.math.BigDecimal} read from Shopify's decimal
 * strings ({@code "19.99"}; exponents or words are a 400), timestamps are {@link java.time.Instant}. Every field is
 * {@code @Nullable}: Shopify omits or nulls fields by API version, access scopes and {@code include_fields}.
 * Unknown fields are ignored; the whole document stays available as {@code ShopifyEvent.raw()} (a tree parsed
 * from the retained bytes on each call) and {@code ShopifyEvent.json()} (the bytes).
 */
@NullMarked
package io.webhooks4j.shopify.event;

import org.jspecify.annotations.NullMarked;
