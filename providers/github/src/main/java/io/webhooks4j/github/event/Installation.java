package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import io.webhooks4j.spi.RecordCopies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A GitHub App installation: the full object in {@code installation} events, only {@code id} and {@code node_id} elsewhere. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Installation(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("account") @Nullable User account,
        @JsonProperty("app_id") @Nullable Long appId,
        @JsonProperty("app_slug") @Nullable String appSlug,
        @JsonProperty("target_id") @Nullable Long targetId,
        @JsonProperty("target_type") @Nullable String targetType,
        @JsonProperty("repository_selection") @Nullable String repositorySelection,
        @JsonProperty("permissions") @Nullable Map<String, String> permissions,
        @JsonProperty("events") @Nullable List<String> events,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("suspended_at") @Nullable Instant suspendedAt,
        @JsonProperty("suspended_by") @Nullable User suspendedBy,
        @JsonProperty("html_url") @Nullable String htmlUrl) {
    public Installation {
        permissions = RecordCopies.mapOrNull(permissions);
        events = PayloadLists.own(events);
    }
}
