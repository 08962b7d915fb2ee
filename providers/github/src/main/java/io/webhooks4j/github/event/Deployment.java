package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A deployment. */
public record Deployment(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("sha") String sha,
        @JsonProperty("ref") String ref,
        @JsonProperty("task") String task,
        @JsonProperty("environment") String environment,
        @JsonProperty("original_environment") String originalEnvironment,
        @JsonProperty("description") String description,
        @JsonProperty("transient_environment") Boolean transientEnvironment,
        @JsonProperty("production_environment") Boolean productionEnvironment,
        @JsonProperty("creator") User creator,
        @JsonProperty("payload") JsonNode payload,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("url") String url,
        @JsonProperty("statuses_url") String statusesUrl) {}
