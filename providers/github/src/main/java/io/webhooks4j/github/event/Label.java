package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A label on an issue or pull request. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record Label(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("node_id") @Nullable String nodeId,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("color") @Nullable String color,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("default") @Nullable Boolean isDefault,
        @JsonProperty("url") @Nullable String url) {}
