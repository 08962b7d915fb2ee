package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** The status of a deployment. */
public record DeploymentStatus(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("state") String state,
        @JsonProperty("description") String description,
        @JsonProperty("environment") String environment,
        @JsonProperty("environment_url") String environmentUrl,
        @JsonProperty("log_url") String logUrl,
        @JsonProperty("target_url") String targetUrl,
        @JsonProperty("creator") User creator,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("url") String url,
        @JsonProperty("deployment_url") String deploymentUrl) {}
