package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A team, as in a pull request's {@code requested_teams} (octokit/webhooks {@code common/team.schema.json}).
 *
 * @param privacy {@code open}, {@code closed} or {@code secret}, as GitHub sends it
 * @param permission the team's permission on the repository, such as {@code pull} or {@code push}
 * @param notificationSetting {@code notifications_enabled} or {@code notifications_disabled}
 * @param parent the parent team, or {@code null}
 */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Team(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("slug") @Nullable String slug,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("privacy") @Nullable String privacy,
        @JsonProperty("permission") @Nullable String permission,
        @JsonProperty("notification_setting") @Nullable String notificationSetting,
        @JsonProperty("parent") @Nullable Team parent,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("members_url") @Nullable String membersUrl,
        @JsonProperty("repositories_url") @Nullable String repositoriesUrl) {}
