package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code project}: a classic project was created, edited, closed, reopened or deleted. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record ProjectEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("project") @Nullable Project project,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
