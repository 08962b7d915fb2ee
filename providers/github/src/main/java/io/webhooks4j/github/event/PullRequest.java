package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A pull request. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PullRequest(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("state") @Nullable State state,
        @JsonProperty("locked") @Nullable Boolean locked,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("user") @Nullable User user,
        @JsonProperty("labels") @Nullable List<Label> labels,
        @JsonProperty("assignees") @Nullable List<User> assignees,
        @JsonProperty("requested_reviewers") @Nullable List<User> requestedReviewers,
        @JsonProperty("requested_teams") @Nullable List<Team> requestedTeams,
        @JsonProperty("milestone") @Nullable Milestone milestone,
        @JsonProperty("draft") @Nullable Boolean draft,
        @JsonProperty("merged") @Nullable Boolean merged,
        @JsonProperty("mergeable") @Nullable Boolean mergeable,
        @JsonProperty("mergeable_state") @Nullable String mergeableState,
        @JsonProperty("merge_commit_sha") @Nullable String mergeCommitSha,
        @JsonProperty("merged_by") @Nullable User mergedBy,
        @JsonProperty("merged_at") @Nullable Instant mergedAt,
        @JsonProperty("closed_at") @Nullable Instant closedAt,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("head") @Nullable Ref head,
        @JsonProperty("base") @Nullable Ref base,
        @JsonProperty("author_association") @Nullable String authorAssociation,
        @JsonProperty("auto_merge") @Nullable AutoMerge autoMerge,
        @JsonProperty("commits") @Nullable Integer commits,
        @JsonProperty("additions") @Nullable Integer additions,
        @JsonProperty("deletions") @Nullable Integer deletions,
        @JsonProperty("changed_files") @Nullable Integer changedFiles,
        @JsonProperty("comments") @Nullable Integer comments,
        @JsonProperty("review_comments") @Nullable Integer reviewComments,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("diff_url") @Nullable String diffUrl,
        @JsonProperty("patch_url") @Nullable String patchUrl) {
    public PullRequest {
        labels = PayloadLists.own(labels);
        assignees = PayloadLists.own(assignees);
        requestedReviewers = PayloadLists.own(requestedReviewers);
        requestedTeams = PayloadLists.own(requestedTeams);
    }

    /**
     * One end of a pull request: the branch ({@code ref}), its commit ({@code sha}) and repository.
     *
     * @param label {@code owner:branch}
     */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Ref(
            @JsonProperty("label") @Nullable String label,
            @JsonProperty("ref") @Nullable String ref,
            @JsonProperty("sha") @Nullable String sha,
            @JsonProperty("user") @Nullable User user,
            @JsonProperty("repo") @Nullable Repository repo) {}
}
