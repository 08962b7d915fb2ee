/**
 * GitHub webhooks: {@link io.webhooks4j.github.GitHubProvider} verifies {@code X-Hub-Signature-256} on the raw
 * body (JSON or form-encoded hooks), parses deliveries into {@link io.webhooks4j.github.GitHubEvent} envelopes
 * with typed payloads from {@link io.webhooks4j.github.event}, and {@link io.webhooks4j.github.GitHubEvents}
 * names every documented event and event+action as a typed key.
 */
package io.webhooks4j.github;
