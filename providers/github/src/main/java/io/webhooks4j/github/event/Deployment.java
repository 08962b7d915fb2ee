package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A deployment. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Deployment(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("sha") @Nullable String sha,
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("task") @Nullable String task,
        @JsonProperty("environment") @Nullable String environment,
        @JsonProperty("original_environment") @Nullable String originalEnvironment,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("transient_environment") @Nullable Boolean transientEnvironment,
        @JsonProperty("production_environment") @Nullable Boolean productionEnvironment,
        @JsonProperty("creator") @Nullable User creator,
        @JsonProperty("payload") @Nullable JsonNode payload,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("statuses_url") @Nullable String statusesUrl) {}
