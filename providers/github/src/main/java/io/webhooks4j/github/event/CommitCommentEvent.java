package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code commit_comment}: a comment on a commit was created. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CommitCommentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("comment") @Nullable Comment comment,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
