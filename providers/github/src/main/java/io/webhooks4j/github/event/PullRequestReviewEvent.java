package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code pull_request_review}: a review submitted, edited or dismissed. */
public record PullRequestReviewEvent(
        @JsonProperty("action") String action,
        @JsonProperty("review") PullRequestReview review,
        @JsonProperty("pull_request") PullRequest pullRequest,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
