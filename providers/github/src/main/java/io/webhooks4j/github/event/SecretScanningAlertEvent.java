package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code secret_scanning_alert}: activity on a secret scanning alert. */
public record SecretScanningAlertEvent(
        @JsonProperty("action") String action,
        @JsonProperty("alert") SecretScanningAlert alert,
        @JsonProperty("location") JsonNode location,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
