package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A GitHub user, organization or bot account as webhook payloads show it. */
public record User(
        @JsonProperty("login") String login,
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("type") String type,
        @JsonProperty("site_admin") Boolean siteAdmin,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("avatar_url") String avatarUrl,
        @JsonProperty("url") String url) {}
