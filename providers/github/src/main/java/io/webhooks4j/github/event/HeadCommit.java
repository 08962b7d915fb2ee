package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The head commit of a check suite or workflow run (octokit/webhooks {@code common/commit-simple.schema.json}): no
 * file lists, unlike a pushed {@link Commit}.
 */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record HeadCommit(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("tree_id") @Nullable String treeId,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("timestamp") @Nullable Instant timestamp,
        @JsonProperty("author") @Nullable CommitAuthor author,
        @JsonProperty("committer") @Nullable CommitAuthor committer) {}
