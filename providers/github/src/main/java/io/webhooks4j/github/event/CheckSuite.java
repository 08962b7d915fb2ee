package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A check suite: the checks run for one commit by one app. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CheckSuite(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("head_branch") @Nullable String headBranch,
        @JsonProperty("head_sha") @Nullable String headSha,
        @JsonProperty("status") @Nullable CheckStatus status,
        @JsonProperty("conclusion") @Nullable CheckConclusion conclusion,
        @JsonProperty("before") @Nullable String before,
        @JsonProperty("after") @Nullable String after,
        @JsonProperty("head_commit") @Nullable HeadCommit headCommit,
        @JsonProperty("app") @Nullable JsonNode app,
        @JsonProperty("pull_requests") @Nullable List<JsonNode> pullRequests,
        @JsonProperty("latest_check_runs_count") @Nullable Integer latestCheckRunsCount,
        @JsonProperty("rerequestable") @Nullable Boolean rerequestable,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("check_runs_url") @Nullable String checkRunsUrl) {
    public CheckSuite {
        pullRequests = PayloadLists.own(pullRequests);
    }
}
