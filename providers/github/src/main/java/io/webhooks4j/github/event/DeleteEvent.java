package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code delete}: a branch or tag was deleted. */
public record DeleteEvent(
        @JsonProperty("ref") String ref,
        @JsonProperty("ref_type") String refType,
        @JsonProperty("pusher_type") String pusherType,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
