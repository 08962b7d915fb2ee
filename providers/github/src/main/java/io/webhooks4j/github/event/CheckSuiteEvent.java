package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code check_suite}: a check suite was requested, re-requested or completed. */
public record CheckSuiteEvent(
        @JsonProperty("action") String action,
        @JsonProperty("check_suite") CheckSuite checkSuite,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
