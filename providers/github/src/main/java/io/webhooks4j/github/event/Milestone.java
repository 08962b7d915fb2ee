package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A milestone of an issue or pull request (octokit/webhooks {@code common/milestone.schema.json}). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Milestone(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("state") @Nullable State state,
        @JsonProperty("creator") @Nullable User creator,
        @JsonProperty("open_issues") @Nullable Integer openIssues,
        @JsonProperty("closed_issues") @Nullable Integer closedIssues,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("due_on") @Nullable Instant dueOn,
        @JsonProperty("closed_at") @Nullable Instant closedAt,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("labels_url") @Nullable String labelsUrl) {}
