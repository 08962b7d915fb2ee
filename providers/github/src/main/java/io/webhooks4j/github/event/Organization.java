package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The organization a delivery concerns (present for organization-owned repositories). */
public record Organization(
        @JsonProperty("login") @Nullable String login,
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("avatar_url") @Nullable String avatarUrl) {}
