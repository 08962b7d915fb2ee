package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code delete}: a branch or tag was deleted. */
public record DeleteEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("ref_type") @Nullable String refType,
        @JsonProperty("pusher_type") @Nullable String pusherType,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
