package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code projects_v2_item}: an item of a project was created, edited, archived, restored, converted, reordered or deleted; {@code changes} says what changed. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record ProjectsV2ItemEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("projects_v2_item") @Nullable ProjectsV2Item projectsV2Item,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
