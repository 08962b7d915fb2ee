package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code installation_repositories}: repositories were added to or removed from an installation. */
public record InstallationRepositoriesEvent(
        @JsonProperty("action") String action,
        @JsonProperty("installation") Installation installation,
        @JsonProperty("repository_selection") String repositorySelection,
        @JsonProperty("repositories_added") List<Repository> repositoriesAdded,
        @JsonProperty("repositories_removed") List<Repository> repositoriesRemoved,
        @JsonProperty("requester") User requester,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("sender") User sender) {
    public InstallationRepositoriesEvent {
        repositoriesAdded = Copies.list(repositoriesAdded);
        repositoriesRemoved = Copies.list(repositoriesRemoved);
    }
}
