package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The organization a delivery concerns (present for organization-owned repositories). */
public record Organization(
        @JsonProperty("login") String login,
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("url") String url,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("description") String description,
        @JsonProperty("avatar_url") String avatarUrl) {}
