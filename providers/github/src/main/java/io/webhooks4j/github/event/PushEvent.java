package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code push}: commits pushed to a branch or tag (also branch/tag creation and deletion). */
public record PushEvent(
        @JsonProperty("ref") String ref,
        @JsonProperty("before") String before,
        @JsonProperty("after") String after,
        @JsonProperty("created") Boolean created,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("forced") Boolean forced,
        @JsonProperty("base_ref") String baseRef,
        @JsonProperty("compare") String compare,
        @JsonProperty("commits") List<Commit> commits,
        @JsonProperty("head_commit") Commit headCommit,
        @JsonProperty("pusher") CommitAuthor pusher,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {
    public PushEvent {
        commits = Copies.list(commits);
    }
}
