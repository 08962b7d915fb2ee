package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A GitHub Actions job of a workflow run. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record WorkflowJob(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("run_id") @Nullable Long runId,
        @JsonProperty("run_attempt") @Nullable Integer runAttempt,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("workflow_name") @Nullable String workflowName,
        @JsonProperty("head_sha") @Nullable String headSha,
        @JsonProperty("head_branch") @Nullable String headBranch,
        @JsonProperty("status") @Nullable CheckStatus status,
        @JsonProperty("conclusion") @Nullable CheckConclusion conclusion,
        @JsonProperty("labels") @Nullable List<String> labels,
        @JsonProperty("runner_id") @Nullable Long runnerId,
        @JsonProperty("runner_name") @Nullable String runnerName,
        @JsonProperty("runner_group_name") @Nullable String runnerGroupName,
        @JsonProperty("steps") @Nullable List<Step> steps,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("started_at") @Nullable Instant startedAt,
        @JsonProperty("completed_at") @Nullable Instant completedAt,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("run_url") @Nullable String runUrl) {
    public WorkflowJob {
        labels = PayloadLists.own(labels);
        steps = PayloadLists.own(steps);
    }

    /** One step of the job. */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Step(
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("number") @Nullable Integer number,
            @JsonProperty("status") @Nullable CheckStatus status,
            @JsonProperty("conclusion") @Nullable CheckConclusion conclusion,
            @JsonProperty("started_at") @Nullable Instant startedAt,
            @JsonProperty("completed_at") @Nullable Instant completedAt) {}
}
