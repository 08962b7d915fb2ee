package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A GitHub user, organization or bot account as webhook payloads show it. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record User(
        @JsonProperty("login") @Nullable String login,
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("type") @Nullable String type,
        @JsonProperty("site_admin") @Nullable Boolean siteAdmin,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("email") @Nullable String email,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("avatar_url") @Nullable String avatarUrl,
        @JsonProperty("url") @Nullable String url) {}
