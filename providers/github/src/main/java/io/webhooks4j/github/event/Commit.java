package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A commit as {@code push} payloads list it. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Commit(
        @JsonProperty("id") @Nullable String id,
        @JsonProperty("tree_id") @Nullable String treeId,
        @JsonProperty("distinct") @Nullable Boolean distinct,
        @JsonProperty("message") @Nullable String message,
        @JsonProperty("timestamp") @Nullable Instant timestamp,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("author") @Nullable CommitAuthor author,
        @JsonProperty("committer") @Nullable CommitAuthor committer,
        @JsonProperty("added") @Nullable List<String> added,
        @JsonProperty("removed") @Nullable List<String> removed,
        @JsonProperty("modified") @Nullable List<String> modified) {
    public Commit {
        added = PayloadLists.own(added);
        removed = PayloadLists.own(removed);
        modified = PayloadLists.own(modified);
    }
}
