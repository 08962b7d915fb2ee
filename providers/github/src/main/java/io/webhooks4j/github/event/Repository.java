package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A repository. Timestamps are read from ISO-8601 strings or, as {@code push} payloads send them, epoch seconds. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Repository(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("full_name") @Nullable String fullName,
        @JsonProperty("private") @Nullable Boolean isPrivate,
        @JsonProperty("owner") @Nullable User owner,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("fork") @Nullable Boolean fork,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("clone_url") @Nullable String cloneUrl,
        @JsonProperty("ssh_url") @Nullable String sshUrl,
        @JsonProperty("git_url") @Nullable String gitUrl,
        @JsonProperty("homepage") @Nullable String homepage,
        @JsonProperty("language") @Nullable String language,
        @JsonProperty("default_branch") @Nullable String defaultBranch,
        @JsonProperty("visibility") @Nullable String visibility,
        @JsonProperty("archived") @Nullable Boolean archived,
        @JsonProperty("disabled") @Nullable Boolean disabled,
        @JsonProperty("is_template") @Nullable Boolean isTemplate,
        @JsonProperty("topics") @Nullable List<String> topics,
        @JsonProperty("size") @Nullable Long size,
        @JsonProperty("stargazers_count") @Nullable Long stargazersCount,
        @JsonProperty("forks_count") @Nullable Long forksCount,
        @JsonProperty("open_issues_count") @Nullable Long openIssuesCount,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("pushed_at") @Nullable Instant pushedAt) {
    public Repository {
        topics = PayloadLists.own(topics);
    }
}
