package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code deployment_status}: a deployment status was created. */
public record DeploymentStatusEvent(
        @JsonProperty("action") String action,
        @JsonProperty("deployment_status") DeploymentStatus deploymentStatus,
        @JsonProperty("deployment") Deployment deployment,
        @JsonProperty("check_run") CheckRun checkRun,
        @JsonProperty("workflow") JsonNode workflow,
        @JsonProperty("workflow_run") WorkflowRun workflowRun,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
