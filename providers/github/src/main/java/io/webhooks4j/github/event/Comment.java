package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A comment: on an issue or pull request conversation, on a commit, or on a pull request diff (review comments carry path, line and diff hunk). */
public record Comment(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("body") String body,
        @JsonProperty("user") User user,
        @JsonProperty("author_association") String authorAssociation,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("path") String path,
        @JsonProperty("position") Integer position,
        @JsonProperty("line") Integer line,
        @JsonProperty("original_line") Integer originalLine,
        @JsonProperty("side") String side,
        @JsonProperty("commit_id") String commitId,
        @JsonProperty("original_commit_id") String originalCommitId,
        @JsonProperty("diff_hunk") String diffHunk,
        @JsonProperty("in_reply_to_id") Long inReplyToId,
        @JsonProperty("pull_request_review_id") Long pullRequestReviewId,
        @JsonProperty("pull_request_url") String pullRequestUrl,
        @JsonProperty("issue_url") String issueUrl) {}
