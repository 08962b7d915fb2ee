package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The head commit of a check suite or workflow run (octokit/webhooks {@code common/commit-simple.schema.json}): no
 * file lists, unlike a pushed {@link Commit}.
 */
public record HeadCommit(
        @JsonProperty("id") String id,
        @JsonProperty("tree_id") String treeId,
        @JsonProperty("message") String message,
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("author") CommitAuthor author,
        @JsonProperty("committer") CommitAuthor committer) {}
