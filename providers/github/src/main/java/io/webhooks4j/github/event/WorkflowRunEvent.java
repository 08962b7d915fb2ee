package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code workflow_run}: a workflow run was requested, started or completed. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record WorkflowRunEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("workflow_run") @Nullable WorkflowRun workflowRun,
        @JsonProperty("workflow") @Nullable JsonNode workflow,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
