package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A review of a pull request. */
public record PullRequestReview(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("user") User user,
        @JsonProperty("body") String body,
        @JsonProperty("state") String state,
        @JsonProperty("commit_id") String commitId,
        @JsonProperty("submitted_at") Instant submittedAt,
        @JsonProperty("author_association") String authorAssociation,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("pull_request_url") String pullRequestUrl) {}
