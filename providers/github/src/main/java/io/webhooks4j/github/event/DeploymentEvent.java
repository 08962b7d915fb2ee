package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code deployment}: a deployment was created. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DeploymentEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("deployment") @Nullable Deployment deployment,
        @JsonProperty("workflow") @Nullable JsonNode workflow,
        @JsonProperty("workflow_run") @Nullable WorkflowRun workflowRun,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
