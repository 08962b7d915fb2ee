package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code deployment}: a deployment was created. */
public record DeploymentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("deployment") @Nullable Deployment deployment,
        @JsonProperty("workflow") @Nullable JsonNode workflow,
        @JsonProperty("workflow_run") @Nullable WorkflowRun workflowRun,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
