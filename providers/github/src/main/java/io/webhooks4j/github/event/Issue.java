package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** An issue (a pull request seen as an issue has {@code pull_request} set). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Issue(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("title") @Nullable String title,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("state") @Nullable State state,
        @JsonProperty("state_reason") @Nullable String stateReason,
        @JsonProperty("locked") @Nullable Boolean locked,
        @JsonProperty("user") @Nullable User user,
        @JsonProperty("labels") @Nullable List<Label> labels,
        @JsonProperty("assignee") @Nullable User assignee,
        @JsonProperty("assignees") @Nullable List<User> assignees,
        @JsonProperty("milestone") @Nullable Milestone milestone,
        @JsonProperty("comments") @Nullable Integer comments,
        @JsonProperty("author_association") @Nullable String authorAssociation,
        @JsonProperty("draft") @Nullable Boolean draft,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("repository_url") @Nullable String repositoryUrl,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("closed_at") @Nullable Instant closedAt,
        @JsonProperty("pull_request") @Nullable JsonNode pullRequest) {
    public Issue {
        labels = PayloadLists.own(labels);
        assignees = PayloadLists.own(assignees);
    }

    /** Whether this issue is a pull request ({@code issue_comment} on a pull request, for example). */
    public boolean isPullRequest() {
        return pullRequest != null && !pullRequest.isNull();
    }
}
