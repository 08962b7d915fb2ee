package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** An issue (a pull request seen as an issue has {@code pull_request} set). */
public record Issue(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("number") Integer number,
        @JsonProperty("title") String title,
        @JsonProperty("body") String body,
        @JsonProperty("state") State state,
        @JsonProperty("state_reason") String stateReason,
        @JsonProperty("locked") Boolean locked,
        @JsonProperty("user") User user,
        @JsonProperty("labels") List<Label> labels,
        @JsonProperty("assignee") User assignee,
        @JsonProperty("assignees") List<User> assignees,
        @JsonProperty("milestone") Milestone milestone,
        @JsonProperty("comments") Integer comments,
        @JsonProperty("author_association") String authorAssociation,
        @JsonProperty("draft") Boolean draft,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("repository_url") String repositoryUrl,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("closed_at") Instant closedAt,
        @JsonProperty("pull_request") JsonNode pullRequest) {
    public Issue {
        labels = Copies.list(labels);
        assignees = Copies.list(assignees);
    }

    /** Whether this issue is a pull request ({@code issue_comment} on a pull request, for example). */
    public boolean isPullRequest() {
        return pullRequest != null && !pullRequest.isNull();
    }
}
