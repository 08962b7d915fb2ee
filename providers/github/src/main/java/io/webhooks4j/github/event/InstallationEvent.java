package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.spi.RecordCopies;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code installation}: a GitHub App was installed, uninstalled, suspended, unsuspended or got new permissions. */
public record InstallationEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("repositories") @Nullable List<Repository> repositories,
        @JsonProperty("requester") @Nullable User requester,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("sender") @Nullable User sender) {
    public InstallationEvent {
        repositories = RecordCopies.listOrNull(repositories);
    }
}
