package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code code_scanning_alert}: activity on a code scanning alert. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record CodeScanningAlertEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("alert") @Nullable CodeScanningAlert alert,
        @JsonProperty("ref") @Nullable String ref,
        @JsonProperty("commit_oid") @Nullable String commitOid,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {}
