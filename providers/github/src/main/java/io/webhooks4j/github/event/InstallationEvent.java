package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code installation}: a GitHub App was installed, uninstalled, suspended, unsuspended or got new permissions. */
public record InstallationEvent(
        @JsonProperty("action") String action,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("repositories") List<Repository> repositories,
        @JsonProperty("requester") User requester,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("sender") User sender) {
    public InstallationEvent {
        repositories = Copies.list(repositories);
    }
}
