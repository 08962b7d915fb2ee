package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code fork}: a repository was forked; {@code forkee} is the new fork. */
public record ForkEvent(
        @JsonProperty("forkee") @Nullable Repository forkee,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
