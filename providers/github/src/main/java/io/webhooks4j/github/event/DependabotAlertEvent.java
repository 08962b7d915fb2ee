package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** {@code dependabot_alert}: activity on a Dependabot alert. */
public record DependabotAlertEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("alert") @Nullable DependabotAlert alert,
        @JsonProperty("enterprise") @Nullable JsonNode enterprise,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
