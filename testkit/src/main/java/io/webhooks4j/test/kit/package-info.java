/**
 * The provider compatibility kit: {@link io.webhooks4j.test.kit.WebhookProviderCompatibilityKit}, the JUnit 5
 * tests every provider module passes (its tests extend it, naming the factory and secrets), {@link
 * io.webhooks4j.test.kit.ArchitectureRules}, the provider template as ArchUnit rules, and {@link
 * io.webhooks4j.test.kit.DocumentedOutcomes}, the answers the pipeline documents. For provider authors; add
 * {@code webhooks4j-test} in test scope.
 */
@NullMarked
package io.webhooks4j.test.kit;

import org.jspecify.annotations.NullMarked;
