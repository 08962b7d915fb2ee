package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code ping}: sent when a webhook is created, to check the endpoint. */
public record PingEvent(
        @JsonProperty("zen") @Nullable String zen,
        @JsonProperty("hook_id") @Nullable Long hookId,
        @JsonProperty("hook") @Nullable Hook hook,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
