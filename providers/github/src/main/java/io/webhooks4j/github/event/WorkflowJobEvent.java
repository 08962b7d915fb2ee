package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code workflow_job}: a job was queued, started, is waiting or completed. */
public record WorkflowJobEvent(
        @JsonProperty("action") String action,
        @JsonProperty("workflow_job") WorkflowJob workflowJob,
        @JsonProperty("deployment") JsonNode deployment,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
