package io.webhooks4j.github.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.webhooks4j.github.internal.GitHubRecordDeserializer;
import io.webhooks4j.github.internal.PayloadLists;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** {@code status}: the status of a commit changed. */
@JsonDeserialize(using = GitHubRecordDeserializer.class)
public record StatusEvent(
        @JsonProperty("id") @Nullable Long id,
        @JsonProperty("sha") @Nullable String sha,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("state") @Nullable String state,
        @JsonProperty("context") @Nullable String context,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("target_url") @Nullable String targetUrl,
        @JsonProperty("commit") @Nullable JsonNode commit,
        @JsonProperty("branches") @Nullable List<JsonNode> branches,
        @JsonProperty("created_at") @Nullable Instant createdAt,
        @JsonProperty("updated_at") @Nullable Instant updatedAt,
        @JsonProperty("repository") @Nullable Repository repository,
        @JsonProperty("organization") @Nullable Organization organization,
        @JsonProperty("installation") @Nullable Installation installation,
        @JsonProperty("sender") @Nullable User sender)
        implements GitHubPayload {
    public StatusEvent {
        branches = PayloadLists.own(branches);
    }
}
