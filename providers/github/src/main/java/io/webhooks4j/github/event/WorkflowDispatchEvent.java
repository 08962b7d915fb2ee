package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code workflow_dispatch}: someone triggered a workflow run by hand or through the API. */
public record WorkflowDispatchEvent(
        @JsonProperty("ref") String ref,
        @JsonProperty("workflow") String workflow,
        @JsonProperty("inputs") JsonNode inputs,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
