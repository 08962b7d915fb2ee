package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code membership}: a user was added to or removed from a team ({@code scope} is {@code team}). */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record MembershipEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("scope") @Nullable String scope,
        @JsonProperty("member") @Nullable User member,
        @JsonProperty("team") @Nullable Team team,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
