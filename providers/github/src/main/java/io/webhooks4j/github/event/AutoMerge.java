package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Auto-merge enabled on a pull request (octokit/webhooks {@code common/auto-merge.schema.json}); {@code null} on
 * the pull request when it is not enabled.
 *
 * @param enabledBy who enabled it
 * @param mergeMethod how it will merge
 * @param commitTitle the title of the merge commit, or {@code null}
 * @param commitMessage the message of the merge commit, or {@code null}
 */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record AutoMerge(
        @JsonProperty("enabled_by") @Nullable User enabledBy,
        @JsonProperty("merge_method") @Nullable MergeMethod mergeMethod,
        @JsonProperty("commit_title") @Nullable String commitTitle,
        @JsonProperty("commit_message") @Nullable String commitMessage) {}
