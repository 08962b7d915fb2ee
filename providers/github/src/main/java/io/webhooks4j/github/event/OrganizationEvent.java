package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code organization}: a member was added, invited or removed, or the organization renamed or deleted. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record OrganizationEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("membership") @Nullable OrganizationMembership membership,
        @JsonProperty("invitation") @Nullable JsonNode invitation,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
