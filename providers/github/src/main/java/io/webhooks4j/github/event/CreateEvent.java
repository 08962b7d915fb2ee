package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code create}: a branch or tag was created. */
public record CreateEvent(
        @JsonProperty("ref") String ref,
        @JsonProperty("ref_type") String refType,
        @JsonProperty("master_branch") String masterBranch,
        @JsonProperty("description") String description,
        @JsonProperty("pusher_type") String pusherType,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
