package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A comment: on an issue or pull request conversation, on a commit, or on a pull request diff (review comments carry path, line and diff hunk). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Comment(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("user") @Nullable User user,
        @JsonProperty("author_association") @Nullable String authorAssociation,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("path") @Nullable String path,
        @JsonProperty("position") @Nullable Integer position,
        @JsonProperty("line") @Nullable Integer line,
        @JsonProperty("original_line") @Nullable Integer originalLine,
        @JsonProperty("side") @Nullable String side,
        @JsonProperty("commit_id") @Nullable String commitId,
        @JsonProperty("original_commit_id") @Nullable String originalCommitId,
        @JsonProperty("diff_hunk") @Nullable String diffHunk,
        @JsonProperty("in_reply_to_id") @Nullable Long inReplyToId,
        @JsonProperty("pull_request_review_id") @Nullable Long pullRequestReviewId,
        @JsonProperty("pull_request_url") @Nullable String pullRequestUrl,
        @JsonProperty("issue_url") @Nullable String issueUrl) {}
