package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code fork}: a repository was forked; {@code forkee} is the new fork. */
public record ForkEvent(
        @JsonProperty("forkee") Repository forkee,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
