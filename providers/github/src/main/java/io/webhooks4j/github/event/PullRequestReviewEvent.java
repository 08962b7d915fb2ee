package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code pull_request_review}: a review submitted, edited or dismissed. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PullRequestReviewEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("review") @Nullable PullRequestReview review,
        @JsonProperty("pull_request") @Nullable PullRequest pullRequest,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
