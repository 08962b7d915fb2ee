package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A release. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Release(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("tag_name") @Nullable String tagName,
        @JsonProperty("target_commitish") @Nullable String targetCommitish,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("body") @Nullable String body,
        @JsonProperty("draft") @Nullable Boolean draft,
        @JsonProperty("prerelease") @Nullable Boolean prerelease,
        @JsonProperty("immutable") @Nullable Boolean immutable,
        @JsonProperty("author") @Nullable User author,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("published_at") @Nullable Instant publishedAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("tarball_url") @Nullable String tarballUrl,
        @JsonProperty("zipball_url") @Nullable String zipballUrl,
        @JsonProperty("assets") @Nullable List<JsonNode> assets) {
    public Release {
        assets = PayloadLists.own(assets);
    }
}
