package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code repository}: a repository was created, deleted, archived, renamed, transferred, ... */
public record RepositoryEvent(
        @JsonProperty("action") String action,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
