package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code branch_protection_rule}: a branch protection rule was created, edited or deleted. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record BranchProtectionRuleEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("rule") @Nullable BranchProtectionRule rule,
        @JsonProperty("changes") @Nullable JsonNode changes,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
