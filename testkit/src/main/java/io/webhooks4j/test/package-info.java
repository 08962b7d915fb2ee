/**
 * webhooks4j's test kit: built-in realistic fixtures and correctly signed deliveries for every provider, to
 * test handlers offline. Add {@code webhooks4j-test} in test scope.
 */
package io.webhooks4j.test;
