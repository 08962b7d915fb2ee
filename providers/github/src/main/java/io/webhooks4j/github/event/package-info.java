/**
 * Records for GitHub webhook payloads: one per modelled event ({@link io.webhooks4j.github.event.PushEvent},
 * {@link io.webhooks4j.github.event.PullRequestEvent}, ...) and the shared resources they carry
 * ({@link io.webhooks4j.github.event.Repository}, {@link io.webhooks4j.github.event.User},
 * {@link io.webhooks4j.github.event.PullRequest}, ...); every event record is a
 * {@link io.webhooks4j.github.event.GitHubPayload} (its {@code installation} and {@code action}). They are bound
 * straight from the body's bytes in one pass (no tree). Unknown fields are ignored, absent fields are {@code null},
 * lists and maps are unmodifiable (a list read from the body is kept as read; one handed to a constructor is copied).
 * Components left as trees ({@code changes}, {@code inputs}, ...) are Jackson 3's
 * {@code tools.jackson.databind.JsonNode}; a JSON {@code null} there is a {@code NullNode}, an absent member
 * {@code null}. The few enums ({@link io.webhooks4j.github.event.State},
 * {@link io.webhooks4j.github.event.CheckStatus}, {@link io.webhooks4j.github.event.CheckConclusion},
 * {@link io.webhooks4j.github.event.MergeMethod}) hold every value octokit/webhooks' payload schemas list and read a
 * value GitHub adds later as {@code UNKNOWN}; other states (review, deployment, alert) are kept as the strings
 * GitHub sends. Anything not modelled is in {@link io.webhooks4j.github.GitHubEvent#raw()} (parsed from the
 * retained bytes when called) or bound to your own type by
 * {@link io.webhooks4j.github.GitHubEvent#payloadAs(Class)}. Every component GitHub may leave out is
 * {@code @Nullable}.
 */
@NullMarked
package io.webhooks4j.github.event;

import org.jspecify.annotations.NullMarked;
