/**
 * Implementation details of the Shopify module. Not API: may change in any release without notice; never import
 * these types.
 */
package io.webhooks4j.shopify.internal;
