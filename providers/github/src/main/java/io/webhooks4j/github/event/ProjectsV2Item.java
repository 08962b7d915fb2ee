package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** An item of a project (projects v2): an issue, pull request or draft issue on the project. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record ProjectsV2Item(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("project_node_id") @Nullable String projectNodeId,
        @JsonProperty("content_node_id") @Nullable String contentNodeId,
        @JsonProperty("content_type") @Nullable String contentType,
        @JsonProperty("creator") @Nullable User creator,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("archived_at") @Nullable Instant archivedAt) {}
