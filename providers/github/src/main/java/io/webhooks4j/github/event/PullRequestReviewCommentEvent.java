package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code pull_request_review_comment}: a comment on a pull request diff. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PullRequestReviewCommentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("comment") @Nullable Comment comment,
        @JsonProperty("pull_request") @Nullable PullRequest pullRequest,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
