package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code pull_request_review_comment}: a comment on a pull request diff. */
public record PullRequestReviewCommentEvent(
        @JsonProperty("action") String action,
        @JsonProperty("comment") Comment comment,
        @JsonProperty("pull_request") PullRequest pullRequest,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
