package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A commit as {@code push} payloads list it. */
public record Commit(
        @JsonProperty("id") String id,
        @JsonProperty("tree_id") String treeId,
        @JsonProperty("distinct") Boolean distinct,
        @JsonProperty("message") String message,
        @JsonProperty("timestamp") Instant timestamp,
        @JsonProperty("url") String url,
        @JsonProperty("author") CommitAuthor author,
        @JsonProperty("committer") CommitAuthor committer,
        @JsonProperty("added") List<String> added,
        @JsonProperty("removed") List<String> removed,
        @JsonProperty("modified") List<String> modified) {
    public Commit {
        added = Copies.list(added);
        removed = Copies.list(removed);
        modified = Copies.list(modified);
    }
}
