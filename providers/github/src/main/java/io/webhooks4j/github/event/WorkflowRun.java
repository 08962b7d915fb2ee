package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A GitHub Actions workflow run. */
public record WorkflowRun(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("name") String name,
        @JsonProperty("display_title") String displayTitle,
        @JsonProperty("path") String path,
        @JsonProperty("head_branch") String headBranch,
        @JsonProperty("head_sha") String headSha,
        @JsonProperty("run_number") Long runNumber,
        @JsonProperty("run_attempt") Integer runAttempt,
        @JsonProperty("event") String event,
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("conclusion") CheckConclusion conclusion,
        @JsonProperty("workflow_id") Long workflowId,
        @JsonProperty("check_suite_id") Long checkSuiteId,
        @JsonProperty("actor") User actor,
        @JsonProperty("triggering_actor") User triggeringActor,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("head_repository") Repository headRepository,
        @JsonProperty("pull_requests") List<JsonNode> pullRequests,
        @JsonProperty("head_commit") HeadCommit headCommit,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("run_started_at") Instant runStartedAt,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("logs_url") String logsUrl) {
    public WorkflowRun {
        pullRequests = Copies.list(pullRequests);
    }
}
