package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A card of a classic project board. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record ProjectCard(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("note") @Nullable String note,
        @JsonProperty("archived") @Nullable Boolean archived,
        @JsonProperty("column_id") @Nullable Long columnId,
        @JsonProperty("creator") @Nullable User creator,
        @JsonProperty("content_url") @Nullable String contentUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("project_url") @Nullable String projectUrl,
        @JsonProperty("column_url") @Nullable String columnUrl,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt) {}
