package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A GitHub Actions workflow run. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record WorkflowRun(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("display_title") @Nullable String displayTitle,
        @JsonProperty("path") @Nullable String path,
        @JsonProperty("head_branch") @Nullable String headBranch,
        @JsonProperty("head_sha") @Nullable String headSha,
        @JsonProperty("run_number") @Nullable Long runNumber,
        @JsonProperty("run_attempt") @Nullable Integer runAttempt,
        @JsonProperty("event") @Nullable String event,
        @JsonProperty("status") @Nullable CheckStatus status,
        @JsonProperty("conclusion") @Nullable CheckConclusion conclusion,
        @JsonProperty("workflow_id") @Nullable Long workflowId,
        @JsonProperty("check_suite_id") @Nullable Long checkSuiteId,
        @JsonProperty("actor") @Nullable User actor,
        @JsonProperty("triggering_actor") @Nullable User triggeringActor,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("head_repository") @Nullable Repository headRepository,
        @JsonProperty("pull_requests") @Nullable List<JsonNode> pullRequests,
        @JsonProperty("head_commit") @Nullable HeadCommit headCommit,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("run_started_at") @Nullable Instant runStartedAt,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("logs_url") @Nullable String logsUrl) {
    public WorkflowRun {
        pullRequests = PayloadLists.own(pullRequests);
    }
}
