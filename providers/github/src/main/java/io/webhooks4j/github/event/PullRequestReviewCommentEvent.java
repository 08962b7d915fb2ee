package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code pull_request_review_comment}: a comment on a pull request diff. */
public record PullRequestReviewCommentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("comment") @Nullable Comment comment,
        @JsonProperty("pull_request") @Nullable PullRequest pullRequest,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
