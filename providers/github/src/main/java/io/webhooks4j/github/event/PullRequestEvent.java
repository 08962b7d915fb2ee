package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code pull_request}: activity on a pull request. {@code label}, {@code requested_reviewer}, {@code assignee} and {@code changes} are set by the actions that concern them; {@code before}/{@code after} by {@code synchronize}. */
public record PullRequestEvent(
        @JsonProperty("action") String action,
        @JsonProperty("number") Integer number,
        @JsonProperty("pull_request") PullRequest pullRequest,
        @JsonProperty("label") Label label,
        @JsonProperty("assignee") User assignee,
        @JsonProperty("requested_reviewer") User requestedReviewer,
        @JsonProperty("requested_team") JsonNode requestedTeam,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("before") String before,
        @JsonProperty("after") String after,
        @JsonProperty("reason") String reason,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
