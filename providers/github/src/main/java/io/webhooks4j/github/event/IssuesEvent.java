package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code issues}: activity on an issue. {@code label}, {@code assignee}, {@code milestone} and {@code changes} are set by the actions that concern them. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record IssuesEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("issue") @Nullable Issue issue,
        @JsonProperty("label") @Nullable Label label,
        @JsonProperty("assignee") @Nullable User assignee,
        @JsonProperty("milestone") @Nullable JsonNode milestone,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
