package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A check run. */
public record CheckRun(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("name") String name,
        @JsonProperty("head_sha") String headSha,
        @JsonProperty("external_id") String externalId,
        @JsonProperty("status") CheckStatus status,
        @JsonProperty("conclusion") CheckConclusion conclusion,
        @JsonProperty("output") Output output,
        @JsonProperty("check_suite") CheckSuite checkSuite,
        @JsonProperty("app") JsonNode app,
        @JsonProperty("pull_requests") List<JsonNode> pullRequests,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("completed_at") Instant completedAt,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("details_url") String detailsUrl,
        @JsonProperty("url") String url) {
    public CheckRun {
        pullRequests = Copies.list(pullRequests);
    }

    /** The check run's output summary. */
    public record Output(
            @JsonProperty("title") String title,
            @JsonProperty("summary") String summary,
            @JsonProperty("text") String text,
            @JsonProperty("annotations_count") Integer annotationsCount,
            @JsonProperty("annotations_url") String annotationsUrl) {}
}
