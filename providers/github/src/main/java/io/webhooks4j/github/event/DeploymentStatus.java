package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The status of a deployment. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DeploymentStatus(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("environment") @Nullable String environment,
        @JsonProperty("environment_url") @Nullable String environmentUrl,
        @JsonProperty("log_url") @Nullable String logUrl,
        @JsonProperty("target_url") @Nullable String targetUrl,
        @JsonProperty("creator") @Nullable User creator,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("deployment_url") @Nullable String deploymentUrl) {}
