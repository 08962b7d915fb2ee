package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code pull_request}: activity on a pull request. {@code label}, {@code requested_reviewer}, {@code assignee} and {@code changes} are set by the actions that concern them; {@code before}/{@code after} by {@code synchronize}. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PullRequestEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("number") @Nullable Integer number,
        @JsonProperty("pull_request") @Nullable PullRequest pullRequest,
        @JsonProperty("label") @Nullable Label label,
        @JsonProperty("assignee") @Nullable User assignee,
        @JsonProperty("requested_reviewer") @Nullable User requestedReviewer,
        @JsonProperty("requested_team") @Nullable JsonNode requestedTeam,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("before") @Nullable String before,
        @JsonProperty("after") @Nullable String after,
        @JsonProperty("reason") @Nullable String reason,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
