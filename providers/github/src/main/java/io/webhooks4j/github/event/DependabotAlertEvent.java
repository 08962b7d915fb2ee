package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code dependabot_alert}: activity on a Dependabot alert. */
public record DependabotAlertEvent(
        @JsonProperty("action") String action,
        @JsonProperty("alert") DependabotAlert alert,
        @JsonProperty("enterprise") JsonNode enterprise,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
