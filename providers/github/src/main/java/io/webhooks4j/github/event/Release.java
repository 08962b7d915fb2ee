package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A release. */
public record Release(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("tag_name") String tagName,
        @JsonProperty("target_commitish") String targetCommitish,
        @JsonProperty("name") String name,
        @JsonProperty("body") String body,
        @JsonProperty("draft") Boolean draft,
        @JsonProperty("prerelease") Boolean prerelease,
        @JsonProperty("immutable") Boolean immutable,
        @JsonProperty("author") User author,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("published_at") Instant publishedAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("html_url") String htmlUrl,
        @JsonProperty("url") String url,
        @JsonProperty("tarball_url") String tarballUrl,
        @JsonProperty("zipball_url") String zipballUrl,
        @JsonProperty("assets") List<JsonNode> assets) {
    public Release {
        assets = Copies.list(assets);
    }
}
