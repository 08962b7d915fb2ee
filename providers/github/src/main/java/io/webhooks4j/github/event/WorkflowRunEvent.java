package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code workflow_run}: a workflow run was requested, started or completed. */
public record WorkflowRunEvent(
        @JsonProperty("action") String action,
        @JsonProperty("workflow_run") WorkflowRun workflowRun,
        @JsonProperty("workflow") JsonNode workflow,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
