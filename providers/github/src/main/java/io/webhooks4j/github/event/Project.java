package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A classic project board. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Project(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("creator") @Nullable User creator,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("owner_url") @Nullable String ownerUrl,
        @JsonProperty("columns_url") @Nullable String columnsUrl,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt) {}
