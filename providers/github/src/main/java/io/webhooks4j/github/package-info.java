/**
 * GitHub webhooks: {@link io.webhooks4j.github.GitHubProvider} verifies {@code X-Hub-Signature-256} on the raw
 * body (JSON or form-encoded hooks) with its {@link io.webhooks4j.github.GitHubWebhookVerifier}, parses deliveries
 * into {@link io.webhooks4j.github.GitHubEvent} envelopes with typed payloads from {@link io.webhooks4j.github.event},
 * and {@link io.webhooks4j.github.GitHubEvents} names every documented event and event+action as a typed key;
 * {@link io.webhooks4j.github.GitHubHeaders} names the headers and {@link io.webhooks4j.github.GitHubSigner} forges
 * deliveries for tests.
 */
@NullMarked
package io.webhooks4j.github;

import org.jspecify.annotations.NullMarked;
