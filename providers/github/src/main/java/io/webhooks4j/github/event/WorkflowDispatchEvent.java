package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code workflow_dispatch}: someone triggered a workflow run by hand or through the API. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record WorkflowDispatchEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("workflow") @Nullable String workflow,
        @JsonProperty("inputs") @Nullable JsonNode inputs,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
