package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code check_suite}: a check suite was requested, re-requested or completed. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CheckSuiteEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("check_suite") @Nullable CheckSuite checkSuite,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
