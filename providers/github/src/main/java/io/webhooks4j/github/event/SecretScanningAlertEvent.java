package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code secret_scanning_alert}: activity on a secret scanning alert. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record SecretScanningAlertEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("alert") @Nullable SecretScanningAlert alert,
        @JsonProperty("location") @Nullable JsonNode location,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
