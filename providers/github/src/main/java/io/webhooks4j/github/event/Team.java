package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A team, as in a pull request's {@code requested_teams} (octokit/webhooks {@code common/team.schema.json}).
 *
 * @param privacy {@code open}, {@code closed} or {@code secret}, as GitHub sends it
 * @param permission the team's permission on the repository, such as {@code pull} or {@code push}
 * @param notificationSetting {@code notifications_enabled} or {@code notifications_disabled}
 * @param parent the parent team, or {@code null}
 */
public record Team(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("name") String name,
        @JsonProperty("slug") String slug,
        @JsonProperty("description") String description,
        @JsonProperty("privacy") String privacy,
        @JsonProperty("permission") String permission,
        @JsonProperty("notification_setting") String notificationSetting,
        @JsonProperty("parent") Team parent,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("members_url") String membersUrl,
        @JsonProperty("repositories_url") String repositoriesUrl) {}
