package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code workflow_job}: a job was queued, started, is waiting or completed. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record WorkflowJobEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("workflow_job") @Nullable WorkflowJob workflowJob,
        @JsonProperty("deployment") @Nullable JsonNode deployment,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
