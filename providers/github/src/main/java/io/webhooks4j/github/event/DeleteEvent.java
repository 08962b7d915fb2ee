package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code delete}: a branch or tag was deleted. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DeleteEvent(
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("ref_type") @Nullable String refType,
        @JsonProperty("pusher_type") @Nullable String pusherType,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
