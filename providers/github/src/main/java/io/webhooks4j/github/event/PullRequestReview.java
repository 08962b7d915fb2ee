package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A review of a pull request. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PullRequestReview(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("user") @Nullable User user,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("commit_id") @Nullable String commitId,
        @JsonProperty("submitted_at") @Nullable Instant submittedAt,
        @JsonProperty("author_association") @Nullable String authorAssociation,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("pull_request_url") @Nullable String pullRequestUrl) {}
