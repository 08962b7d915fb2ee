package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A GitHub Actions job of a workflow run. */
public record WorkflowJob(
        @JsonProperty("id") Long id,
        @JsonProperty("run_id") Long runId,
        @JsonProperty("run_attempt") Integer runAttempt,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("name") String name,
        @JsonProperty("workflow_name") String workflowName,
        @JsonProperty("head_sha") String headSha,
        @JsonProperty("head_branch") String headBranch,
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("conclusion") CheckConclusion conclusion,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("runner_id") Long runnerId,
        @JsonProperty("runner_name") String runnerName,
        @JsonProperty("runner_group_name") String runnerGroupName,
        @JsonProperty("steps") List<Step> steps,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("completed_at") Instant completedAt,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("run_url") String runUrl) {
    public WorkflowJob {
        labels = Copies.list(labels);
        steps = Copies.list(steps);
    }

    /** One step of the job. */
    public record Step(
            @JsonProperty("name") String name,
            @JsonProperty("number") Integer number,
            @JsonProperty("status") CheckStatus status,
            @JsonProperty("conclusion") CheckConclusion conclusion,
            @JsonProperty("started_at") Instant startedAt,
            @JsonProperty("completed_at") Instant completedAt) {}
}
