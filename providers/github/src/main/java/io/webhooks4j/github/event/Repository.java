package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A repository. Timestamps are read from ISO-8601 strings or, as {@code push} payloads send them, epoch seconds. */
public record Repository(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("name") String name,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("private") Boolean isPrivate,
        @JsonProperty("owner") User owner,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("description") String description,
        @JsonProperty("fork") Boolean fork,
        @JsonProperty("url") String url,
        @JsonProperty("clone_url") String cloneUrl,
        @JsonProperty("ssh_url") String sshUrl,
        @JsonProperty("git_url") String gitUrl,
        @JsonProperty("homepage") String homepage,
        @JsonProperty("language") String language,
        @JsonProperty("default_branch") String defaultBranch,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("disabled") Boolean disabled,
        @JsonProperty("is_template") Boolean isTemplate,
        @JsonProperty("topics") List<String> topics,
        @JsonProperty("size") Long size,
        @JsonProperty("stargazers_count") Long stargazersCount,
        @JsonProperty("forks_count") Long forksCount,
        @JsonProperty("open_issues_count") Long openIssuesCount,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("pushed_at") Instant pushedAt) {
    public Repository {
        topics = Copies.list(topics);
    }
}
