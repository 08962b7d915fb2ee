package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code deployment}: a deployment was created. */
public record DeploymentEvent(
        @JsonProperty("action") String action,
        @JsonProperty("deployment") Deployment deployment,
        @JsonProperty("workflow") JsonNode workflow,
        @JsonProperty("workflow_run") WorkflowRun workflowRun,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
