package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code project_column}: a column of a classic project was created, edited, moved or deleted. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record ProjectColumnEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("project_column") @Nullable ProjectColumn projectColumn,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
