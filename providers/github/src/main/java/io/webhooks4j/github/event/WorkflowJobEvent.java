package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code workflow_job}: a job was queued, started, is waiting or completed. */
public record WorkflowJobEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("workflow_job") @Nullable WorkflowJob workflowJob,
        @JsonProperty("deployment") @Nullable JsonNode deployment,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
