package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code release}: activity on a release. */
public record ReleaseEvent(
        @JsonProperty("action") String action,
        @JsonProperty("release") Release release,
        @JsonProperty("changes") JsonNode changes,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
