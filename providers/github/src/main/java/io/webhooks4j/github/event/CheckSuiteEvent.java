package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code check_suite}: a check suite was requested, re-requested or completed. */
public record CheckSuiteEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("check_suite") @Nullable CheckSuite checkSuite,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
