package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A label on an issue or pull request. */
public record Label(
        @JsonProperty("id") Long id,
        @JsonProperty("node_id") String nodeId,
        @JsonProperty("name") String name,
        @JsonProperty("color") String color,
        @JsonProperty("description") String description,
        @JsonProperty("default") Boolean isDefault,
        @JsonProperty("url") String url) {}
