package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code create}: a branch or tag was created. */
public record CreateEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("ref_type") @Nullable String refType,
        @JsonProperty("master_branch") @Nullable String masterBranch,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("pusher_type") @Nullable String pusherType,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
