package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A check suite: the checks run for one commit by one app. */
public record CheckSuite(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("head_branch") String headBranch,
        @JsonProperty("head_sha") String headSha,
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("conclusion") CheckConclusion conclusion,
        @JsonProperty("before") String before,
        @JsonProperty("after") String after,
        @JsonProperty("head_commit") HeadCommit headCommit,
        @JsonProperty("app") JsonNode app,
        @JsonProperty("pull_requests") List<JsonNode> pullRequests,
        @JsonProperty("latest_check_runs_count") Integer latestCheckRunsCount,
        @JsonProperty("rerequestable") Boolean rerequestable,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("url") String url,
        @JsonProperty("check_runs_url") String checkRunsUrl) {
    public CheckSuite {
        pullRequests = Copies.list(pullRequests);
    }
}
