package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code issue_comment}: a comment on an issue or a pull request conversation. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record IssueCommentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("issue") @Nullable Issue issue,
        @JsonProperty("comment") @Nullable Comment comment,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
