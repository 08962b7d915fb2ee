package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code create}: a branch or tag was created. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CreateEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("ref_type") @Nullable String refType,
        @JsonProperty("master_branch") @Nullable String masterBranch,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("pusher_type") @Nullable String pusherType,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
