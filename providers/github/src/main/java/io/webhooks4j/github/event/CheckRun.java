package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A check run. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CheckRun(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("head_sha") @Nullable String headSha,
        @JsonProperty("external_id") @Nullable String externalId,
        @JsonProperty("status") @Nullable CheckStatus status,
        @JsonProperty("conclusion") @Nullable CheckConclusion conclusion,
        @JsonProperty("output") @Nullable Output output,
        @JsonProperty("check_suite") @Nullable CheckSuite checkSuite,
        @JsonProperty("app") @Nullable JsonNode app,
        @JsonProperty("pull_requests") @Nullable List<JsonNode> pullRequests,
        @JsonProperty("started_at") @Nullable Instant startedAt,
        @JsonProperty("completed_at") @Nullable Instant completedAt,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("details_url") @Nullable String detailsUrl,
        @JsonProperty("url") @Nullable String url) {
    public CheckRun {
        pullRequests = PayloadLists.own(pullRequests);
    }

    /** The check run's output summary. */
    @JsonDeserialize(using = GitHubRecordDeserializer.class)
    public record Output(
            @JsonProperty("title") @Nullable String title,
            @JsonProperty("summary") @Nullable String summary,
            @JsonProperty("text") @Nullable String text,
            @JsonProperty("annotations_count") @Nullable Integer annotationsCount,
            @JsonProperty("annotations_url") @Nullable String annotationsUrl) {}
}
