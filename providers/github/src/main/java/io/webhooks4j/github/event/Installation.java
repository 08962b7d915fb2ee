package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A GitHub App installation: the full object in {@code installation} events, only {@code id} and {@code node_id} elsewhere. */
public record Installation(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("account") User account,
        @JsonProperty("app_id") Long appId,
        @JsonProperty("app_slug") String appSlug,
        @JsonProperty("target_id") Long targetId,
        @JsonProperty("target_type") String targetType,
        @JsonProperty("repository_selection") String repositorySelection,
        @JsonProperty("permissions") Map<String, String> permissions,
        @JsonProperty("events") List<String> events,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("suspended_at") Instant suspendedAt,
        @JsonProperty("suspended_by") User suspendedBy,
        @JsonProperty("html_url") String htmlUrl) {
    public Installation {
        permissions = Copies.map(permissions);
        events = Copies.list(events);
    }
}
