package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code code_scanning_alert}: activity on a code scanning alert. */
public record CodeScanningAlertEvent(
        @JsonProperty("action") String action,
        @JsonProperty("alert") CodeScanningAlert alert,
        @JsonProperty("ref") String ref,
        @JsonProperty("commit_oid") String commitOid,
        @JsonProperty("repository") Repository repository,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("sender") User sender) {}
