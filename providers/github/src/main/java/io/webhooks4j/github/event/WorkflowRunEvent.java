package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code workflow_run}: a workflow run was requested, started or completed. */
public record WorkflowRunEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("workflow_run") @Nullable WorkflowRun workflowRun,
        @JsonProperty("workflow") @Nullable JsonNode workflow,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
