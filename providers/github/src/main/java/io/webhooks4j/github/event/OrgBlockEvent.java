package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code org_block}: a user was blocked or unblocked by an organization. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record OrgBlockEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("blocked_user") @Nullable User blockedUser,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
