package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The organization a delivery concerns (present for organization-owned repositories). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Organization(
        @JsonProperty("login") @Nullable String login,
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("avatar_url") @Nullable String avatarUrl) {}
