package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code dependabot_alert}: activity on a Dependabot alert. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record DependabotAlertEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("alert") @Nullable DependabotAlert alert,
        @JsonProperty("enterprise") @Nullable JsonNode enterprise,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
