package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code push}: commits pushed to a branch or tag (also branch/tag creation and deletion). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PushEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("before") @Nullable String before,
        @JsonProperty("after") @Nullable String after,
        @JsonProperty("created") @Nullable Boolean created,
        @JsonProperty("deleted") @Nullable Boolean deleted,
        @JsonProperty("forced") @Nullable Boolean forced,
        @JsonProperty("base_ref") @Nullable String baseRef,
        @JsonProperty("compare") @Nullable String compare,
        @JsonProperty("commits") @Nullable List<Commit> commits,
        @JsonProperty("head_commit") @Nullable Commit headCommit,
        @JsonProperty("pusher") @Nullable CommitAuthor pusher,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {
    private static final String BRANCH_PREFIX = "refs/heads/";
    private static final String TAG_PREFIX = "refs/tags/";

    public PushEvent {
        commits = PayloadLists.own(commits);
    }

    /**
     * The branch pushed to: {@code main} for {@code ref} {@code refs/heads/main}, {@code feature/x} for {@code
     * refs/heads/feature/x}; empty when the push was to a tag or another kind of ref.
     */
    public Optional<String> branchName() {
        return stripPrefix(BRANCH_PREFIX);
    }

    /** The tag pushed: {@code v1.2.0} for {@code ref} {@code refs/tags/v1.2.0}; empty for a branch. */
    public Optional<String> tagName() {
        return stripPrefix(TAG_PREFIX);
    }

    private Optional<String> stripPrefix(String prefix) {
        return ref != null && ref.startsWith(prefix) && ref.length() > prefix.length()
                ? Optional.of(ref.substring(prefix.length()))
                : Optional.empty();
    }
}
