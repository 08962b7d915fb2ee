/**
 * webhooks4j's test kit: built-in realistic fixtures and correctly signed deliveries for every provider, to
 * test handlers offline, and (in {@code io.webhooks4j.test.kit}) the provider compatibility kit. Add {@code
 * webhooks4j-test} in test scope.
 */
@NullMarked
package io.webhooks4j.test;

import org.jspecify.annotations.NullMarked;
