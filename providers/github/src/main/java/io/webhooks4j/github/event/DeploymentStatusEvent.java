package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code deployment_status}: a deployment status was created. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DeploymentStatusEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("deployment_status") @Nullable DeploymentStatus deploymentStatus,
        @JsonProperty("deployment") @Nullable Deployment deployment,
        @JsonProperty("check_run") @Nullable CheckRun checkRun,
        @JsonProperty("workflow") @Nullable JsonNode workflow,
        @JsonProperty("workflow_run") @Nullable WorkflowRun workflowRun,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
