package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code ping}: sent when a webhook is created, to check the endpoint. */
public record PingEvent(
        @JsonProperty("zen") String zen,
        @JsonProperty("hook_id") Long hookId,
        @JsonProperty("hook") Hook hook,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
