package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code issues}: activity on an issue. {@code label}, {@code assignee}, {@code milestone} and {@code changes} are set by the actions that concern them. */
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
        @JsonProperty("sender") @Nullable User sender) {}
