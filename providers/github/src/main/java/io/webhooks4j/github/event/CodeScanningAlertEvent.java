package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code code_scanning_alert}: activity on a code scanning alert. */
public record CodeScanningAlertEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("alert") @Nullable CodeScanningAlert alert,
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("commit_oid") @Nullable String commitOid,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender) {}
