package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code issue_comment}: a comment on an issue or a pull request conversation. */
public record IssueCommentEvent(
        @JsonProperty("action") String action,
        @JsonProperty("issue") Issue issue,
        @JsonProperty("comment") Comment comment,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
