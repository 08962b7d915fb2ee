package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code ping}: sent when a webhook is created, to check the endpoint. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record PingEvent(
        @JsonProperty("zen") @Nullable String zen,
        @JsonProperty("hook_id") @Nullable Long hookId,
        @JsonProperty("hook") @Nullable Hook hook,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
