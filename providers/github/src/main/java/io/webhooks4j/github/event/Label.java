package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A label on an issue or pull request. */
public record Label(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("color") @Nullable String color,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("default") @Nullable Boolean isDefault,
        @JsonProperty("url") @Nullable String url) {}
