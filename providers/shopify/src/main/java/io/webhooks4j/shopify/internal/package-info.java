/**
 * Implementation details of the Shopify module. Not API: may change in any release without notice; never import
 * these types.
 */
@NullMarked
package io.webhooks4j.shopify.internal;

import org.jspecify.annotations.NullMarked;
