/**
 * Records for GitHub webhook payloads: one per modelled event ({@link io.webhooks4j.github.event.PushEvent},
 * {@link io.webhooks4j.github.event.PullRequestEvent}, ...) and the shared resources they carry
 * ({@link io.webhooks4j.github.event.Repository}, {@link io.webhooks4j.github.event.User},
 * {@link io.webhooks4j.github.event.PullRequest}, ...). Unknown fields are ignored, absent fields are
 * {@code null}, lists and maps are unmodifiable copies. The few enums ({@link io.webhooks4j.github.event.State},
 * {@link io.webhooks4j.github.event.CheckStatus}, {@link io.webhooks4j.github.event.CheckConclusion},
 * {@link io.webhooks4j.github.event.MergeMethod}) hold every value octokit/webhooks' payload schemas list and read a
 * value GitHub adds later as {@code UNKNOWN}; other states (review, deployment, alert) are kept as the strings
 * GitHub sends. Anything not modelled is in {@link io.webhooks4j.github.GitHubEvent#raw()}. Every component GitHub
 * may leave out is {@code @Nullable}.
 */
@NullMarked
package io.webhooks4j.github.event;

import org.jspecify.annotations.NullMarked;
