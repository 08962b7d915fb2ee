package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code workflow_dispatch}: someone triggered a workflow run by hand or through the API. */
public record WorkflowDispatchEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("workflow") @Nullable String workflow,
        @JsonProperty("inputs") @Nullable JsonNode inputs,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
