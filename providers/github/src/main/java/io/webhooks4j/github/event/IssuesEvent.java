package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code issues}: activity on an issue. {@code label}, {@code assignee}, {@code milestone} and {@code changes} are set by the actions that concern them. */
public record IssuesEvent(
        @JsonProperty("action") String action,
        @JsonProperty("issue") Issue issue,
        @JsonProperty("label") Label label,
        @JsonProperty("assignee") User assignee,
        @JsonProperty("milestone") JsonNode milestone,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
