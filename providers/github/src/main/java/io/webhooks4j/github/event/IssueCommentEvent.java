package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code issue_comment}: a comment on an issue or a pull request conversation. */
public record IssueCommentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("issue") @Nullable Issue issue,
        @JsonProperty("comment") @Nullable Comment comment,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
