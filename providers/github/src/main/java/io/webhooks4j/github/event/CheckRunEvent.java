package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code check_run}: a check run was created, completed, re-requested or an action was requested. */
public record CheckRunEvent(
        @JsonProperty("action") String action,
        @JsonProperty("check_run") CheckRun checkRun,
        @JsonProperty("requested_action") JsonNode requestedAction,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
