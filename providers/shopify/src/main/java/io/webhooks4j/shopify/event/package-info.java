/**
 * Shopify webhook payloads as Java records: orders (line items, shipping lines, tax lines, discounts, addresses,
 * customer, fulfillments, refunds), draft orders, products (variants, options, images), customers (groups,
 * segments, tags, payment methods, marketing consent), inventory, locations, fulfillments, fulfillment orders and
 * holds, returns, transactions, payment terms, disputes, checkouts, carts, collections, B2B companies, markets,
 * discounts, selling plans and subscriptions, metaobjects, themes, domains, locales, app billing, bulk operations,
 * the shop, and the three mandatory compliance topics. Each record's javadoc names its topics and the source of
 * its fields (the topics' sample payloads in https://shopify.dev/docs/api/webhooks).
 *
 * <p>Conventions: ids are {@code Long} (Shopify's REST ids exceed 2<sup>53</sup>, so never a double), the GraphQL
 * {@code admin_graphql_api_id} is kept, money amounts are {@link java.math.BigDecimal} read from Shopify's decimal
 * strings ({@code "19.99"}; exponents or words are a 400), timestamps are {@link java.time.Instant}. Every field is
 * {@code @Nullable}: Shopify omits or nulls fields by API version, access scopes and {@code include_fields}.
 * Topics shaped after the GraphQL API ({@code fulfillment_orders/*}, {@code companies/*}, {@code metaobjects/*},
 * ...) identify resources by global id ({@code gid://shopify/...}, a {@code String}) where the payload sends no
 * numeric id. Unknown fields are ignored; the whole document stays available as {@code ShopifyEvent.raw()} (a tree parsed
 * from the retained bytes on each call) and {@code ShopifyEvent.json()} (the bytes).
 */
@NullMarked
package io.webhooks4j.shopify.event;

import org.jspecify.annotations.NullMarked;
