package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A pull request. */
public record PullRequest(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("number") Integer number,
        @JsonProperty("state") State state,
        @JsonProperty("locked") Boolean locked,
        @JsonProperty("title") String title,
        @JsonProperty("body") String body,
        @JsonProperty("user") User user,
        @JsonProperty("labels") List<Label> labels,
        @JsonProperty("assignees") List<User> assignees,
        @JsonProperty("requested_reviewers") List<User> requestedReviewers,
        @JsonProperty("requested_teams") List<Team> requestedTeams,
        @JsonProperty("milestone") Milestone milestone,
        @JsonProperty("draft") Boolean draft,
        @JsonProperty("merged") Boolean merged,
        @JsonProperty("mergeable") Boolean mergeable,
        @JsonProperty("mergeable_state") String mergeableState,
        @JsonProperty("merge_commit_sha") String mergeCommitSha,
        @JsonProperty("merged_by") User mergedBy,
        @JsonProperty("merged_at") Instant mergedAt,
        @JsonProperty("closed_at") Instant closedAt,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("head") Ref head,
        @JsonProperty("base") Ref base,
        @JsonProperty("author_association") String authorAssociation,
        @JsonProperty("auto_merge") AutoMerge autoMerge,
        @JsonProperty("commits") Integer commits,
        @JsonProperty("additions") Integer additions,
        @JsonProperty("deletions") Integer deletions,
        @JsonProperty("changed_files") Integer changedFiles,
        @JsonProperty("comments") Integer comments,
        @JsonProperty("review_comments") Integer reviewComments,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("diff_url") String diffUrl,
        @JsonProperty("patch_url") String patchUrl) {
    public PullRequest {
        labels = Copies.list(labels);
        assignees = Copies.list(assignees);
        requestedReviewers = Copies.list(requestedReviewers);
        requestedTeams = Copies.list(requestedTeams);
    }

    /**
     * One end of a pull request: the branch ({@code ref}), its commit ({@code sha}) and repository.
     *
     * @param label {@code owner:branch}
     */
    public record Ref(
            @JsonProperty("label") String label,
            @JsonProperty("ref") String ref,
            @JsonProperty("sha") String sha,
            @JsonProperty("user") User user,
            @JsonProperty("repo") Repository repo) {}
}
