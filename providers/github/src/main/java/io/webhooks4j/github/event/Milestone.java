package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A milestone of an issue or pull request (octokit/webhooks {@code common/milestone.schema.json}). */
public record Milestone(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("number") Integer number,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("state") State state,
        @JsonProperty("creator") User creator,
        @JsonProperty("open_issues") Integer openIssues,
        @JsonProperty("closed_issues") Integer closedIssues,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("due_on") Instant dueOn,
        @JsonProperty("closed_at") Instant closedAt,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("labels_url") String labelsUrl) {}
