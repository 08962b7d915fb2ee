package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code installation_repositories}: repositories were added to or removed from an installation. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record InstallationRepositoriesEvent(
        @JsonProperty("action") @Nullable String action,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("repository_selection") @Nullable String repositorySelection,
        @JsonProperty("repositories_added") @Nullable List<Repository> repositoriesAdded,
        @JsonProperty("repositories_removed") @Nullable List<Repository> repositoriesRemoved,
        @JsonProperty("requester") @Nullable User requester,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {
    public InstallationRepositoriesEvent {
        repositoriesAdded = PayloadLists.own(repositoriesAdded);
        repositoriesRemoved = PayloadLists.own(repositoriesRemoved);
    }
}
