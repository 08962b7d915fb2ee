package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code check_run}: a check run was created, completed, re-requested or an action was requested. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CheckRunEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("check_run") @Nullable CheckRun checkRun,
        @JsonProperty("requested_action") @Nullable JsonNode requestedAction,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
